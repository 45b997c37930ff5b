import { describe, expect, it } from 'vitest';
import {
  MAX_VALUES_PER_FACET,
  parseFilters,
  serializeFilters,
} from '../../../src/domain/explore/filter-url.ts';
import { emptyFilters, type FilterState } from '../../../src/domain/explore/filters.ts';

const full: FilterState = {
  categories: ['museum', 'prison'],
  ranks: ['special-national'],
  periods: ['1946-1954', 'before-1945'],
  districts: ['Định Hóa', 'Thái Nguyên'],
  communesAfter2025: ['xã Phú Đình', 'phường Phan Đình Phùng'],
};

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('serializeFilters / parseFilters round trip', () => {
  it('round-trips a full state, keeping order', () => {
    const params = serializeFilters(full);
    expect(params.get('cat')).toBe('museum,prison');
    expect(params.get('period')).toBe('1946-1954,before-1945');
    expect(parseFilters(params)).toEqual(full);
    expect(parseFilters(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it('round-trips the empty state to no parameters', () => {
    expect(serializeFilters(emptyFilters()).toString()).toBe('');
    expect(parseFilters(new URLSearchParams())).toEqual(emptyFilters());
  });

  it('keeps unrelated parameters, replaces old filter keys, does not mutate its input', () => {
    const before = new URLSearchParams('site=tin-keo&lang=en&cat=temple&rank=national');
    const after = serializeFilters({ ...emptyFilters(), categories: ['museum'] }, before);
    expect(after.get('site')).toBe('tin-keo');
    expect(after.get('lang')).toBe('en');
    expect(after.getAll('cat')).toEqual(['museum']);
    expect(after.has('rank')).toBe(false);
    expect(before.get('cat')).toBe('temple');
  });

  it('writes each value once', () => {
    const params = serializeFilters({ ...emptyFilters(), ranks: ['national', 'national'] });
    expect(params.get('rank')).toBe('national');
  });
});

describe('parseFilters on hostile input', () => {
  it('drops unknown and malformed values silently', () => {
    expect(parse('cat=museum,spaceship,,MUSEUM, prison &rank=gold&period=1930-1945,after-1954')).toEqual({
      ...emptyFilters(),
      categories: ['museum', 'prison'],
      periods: ['after-1954'],
    });
  });

  it('removes duplicates, keeping first-seen order', () => {
    expect(parse('cat=prison,museum,prison,museum').categories).toEqual(['prison', 'museum']);
  });

  it('merges repeated keys', () => {
    expect(parse('cat=museum&cat=prison&cat=museum').categories).toEqual(['museum', 'prison']);
  });

  it('accepts Vietnamese place names in NFC or NFD, percent-encoded or not', () => {
    const nfd = 'Định Hóa'.normalize('NFD');
    expect(parse(`district=${encodeURIComponent(nfd)}`).districts).toEqual(['Định Hóa'.normalize('NFC')]);
    expect(parse('district=%C4%90%E1%BB%8Bnh+H%C3%B3a').districts).toEqual(['Định Hóa']);
    expect(parse('commune=x%C3%A3+Ph%C3%BA+%C4%90%C3%ACnh').communesAfter2025).toEqual(['xã Phú Đình']);
  });

  it('drops markup, control characters and over-long names', () => {
    const q = new URLSearchParams();
    q.append('district', '<script>alert(1)</script>,Định Hóa');
    q.append('district', 'a\u0000b');
    q.append('district', 'x'.repeat(101));
    q.append('commune', 'javascript:alert(1)');
    expect(parseFilters(q)).toEqual({ ...emptyFilters(), districts: ['Định Hóa'] });
  });

  it('survives very long strings and caps the number of values', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `Xã Số ${i}`).join(',');
    expect(parse(`district=${encodeURIComponent(many)}`).districts).toEqual([]); // absurd raw length: ignored
    const some = Array.from({ length: 80 }, (_, i) => `Xã ${i}`).join(',');
    expect(parse(`district=${encodeURIComponent(some)}`).districts).toHaveLength(MAX_VALUES_PER_FACET);
    const huge = 'cat=' + 'museum,'.repeat(200_000);
    expect(parse(huge).categories).toEqual([]);
    expect(parse('cat=' + 'museum,'.repeat(500)).categories).toEqual(['museum']);
  });

  it('never throws on odd unicode, lone surrogates or broken encodings', () => {
    for (const q of ['cat=%E0%A4%A', 'cat=\uD800', 'district=\uD800\uDC00', 'period=%', 'rank=%00', '&&&=', 'cat=💥,museum']) {
      expect(() => parse(q)).not.toThrow();
    }
    expect(parse('cat=💥,museum').categories).toEqual(['museum']);
    expect(parse('district=💥').districts).toEqual([]);
  });
});
