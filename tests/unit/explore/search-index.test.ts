import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../../src/domain/explore/search-index.ts';
import { makeSite, sampleSites } from './factories.ts';

const stories = new Map([
  [
    'tin-keo',
    {
      vi: '# Lán Tỉn Keo\n\nNgày 6/12/1953, Bộ Chính trị họp tại đây và quyết định mở chiến dịch **Điện Biên Phủ**. [Nguồn](https://example.org/dien-bien-giap)',
      en: 'On 6 December 1953 the Politburo met here and decided to launch the Điện Biên Phủ campaign.',
    },
  ],
]);

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('search', () => {
  const index = buildSearchIndex(sampleSites(), stories);

  it('indexes every site once', () => {
    expect(index.size).toBe(6);
    expect(buildSearchIndex([...sampleSites(), makeSite({ id: 'tin-keo' })]).size).toBe(6);
  });

  it('returns [] for an empty or punctuation-only query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, '?!,.')).toEqual([]);
  });

  it('finds Tỉn Keo through its story when typing DIEN BIEN', () => {
    const hits = search(index, 'DIEN BIEN');
    expect(ids(hits)).toEqual(['tin-keo']);
    expect(hits[0]?.matchedField).toBe('story');
  });

  it('does not find Tỉn Keo by DIEN BIEN without the story', () => {
    const plain = buildSearchIndex(sampleSites());
    expect(ids(search(plain, 'DIEN BIEN'))).not.toContain('tin-keo');
  });

  it('finds by name without tones, with either tone placement, in NFD', () => {
    expect(ids(search(index, 'deo de'))[0]).toBe('deo-de');
    expect(ids(search(index, 'tin keo'))[0]).toBe('tin-keo');
    expect(ids(search(index, 'Tỉn Keo'.normalize('NFD')))[0]).toBe('tin-keo');
    expect(ids(search(index, 'nha tu'))[0]).toBe('nha-tu-chinh-tri');
    expect(search(index, 'van hoa')[0]?.id).toBe('bao-tang-van-hoa');
    expect(search(index, 'văn hoá')[0]?.id).toBe('bao-tang-van-hoa');
  });

  it('ranks a name match above a place match', () => {
    // "Định Hóa" is the name of the ATK and only the district of Tỉn Keo and Đèo De.
    const hits = search(index, 'dinh hoa');
    expect(hits[0]).toMatchObject({ id: 'atk-dinh-hoa', matchedField: 'name' });
    expect(ids(hits)).toEqual(expect.arrayContaining(['tin-keo', 'deo-de']));
    const tinKeo = hits.find((h) => h.id === 'tin-keo');
    expect(tinKeo?.matchedField).toBe('place');
    expect(hits[0]!.score).toBeGreaterThan(tinKeo!.score);
  });

  it('matches aliases, old and new communes, English names', () => {
    expect(search(index, 'thu do khang chien')[0]).toMatchObject({ id: 'atk-dinh-hoa', matchedField: 'alias' });
    expect(ids(search(index, 'phan dinh phung')).sort()).toEqual(['bao-tang-van-hoa', 'nha-tu-chinh-tri']);
    expect(ids(search(index, 'trung vuong')).sort()).toEqual(['bao-tang-van-hoa', 'nha-tu-chinh-tri']);
    expect(search(index, 'political prison')[0]?.id).toBe('nha-tu-chinh-tri');
  });

  it('matches summaries', () => {
    expect(search(index, 'bo chinh tri')[0]).toMatchObject({ id: 'tin-keo', matchedField: 'summary' });
  });

  it('searches by prefix while typing', () => {
    expect(ids(search(index, 'ti'))).toContain('tin-keo');
    expect(ids(search(index, 'tin k'))[0]).toBe('tin-keo');
    expect(ids(search(index, 'Đè'))[0]).toBe('deo-de');
  });

  it('tolerates one typo in longer words of names, not in prose', () => {
    expect(ids(search(index, 'politcal prison'))[0]).toBe('nha-tu-chinh-tri'); // name word, 1 edit
    expect(ids(search(index, 'museun'))).toContain('bao-tang-van-hoa');
    expect(ids(search(index, 'politburo'))).toEqual(['tin-keo']); // summary word, exact
    expect(search(index, 'politbuto')).toEqual([]); // summary word, 1 edit: not fuzzed
    expect(ids(search(index, 'dao de'))[0]).toBe('deo-de'); // "dao" is short: no fuzz, but "de" still matches (OR fallback)
    expect(search(index, 'xyzzyq')).toEqual([]);
  });

  it('ignores link targets in story markdown', () => {
    expect(ids(search(index, 'giap'))).not.toContain('tin-keo');
  });

  it('respects the limit', () => {
    expect(search(index, 'phu', { limit: 1 })).toHaveLength(1);
    expect(search(index, 'phu', { limit: 0 })).toEqual([]);
    expect(search(index, 'phu').length).toBeGreaterThan(1);
  });

  it('prefers the spelling typed with tones (Đình vs Định) but matches both', () => {
    const place = { district: 'Đại Từ', commune: 'Hùng Sơn', communeAfter2025: 'xã Đại Từ' };
    const sites = [
      makeSite({ id: 'dinh-b', nameVi: 'Định làng Hồng', ...place }),
      makeSite({ id: 'dinh-a', nameVi: 'Đình làng Hồng', ...place }),
    ];
    const idx = buildSearchIndex(sites);
    expect(ids(search(idx, 'Đình'))).toEqual(['dinh-a', 'dinh-b']);
    expect(ids(search(idx, 'Định'))).toEqual(['dinh-b', 'dinh-a']);
    expect(ids(search(idx, 'dinh'))).toEqual(['dinh-b', 'dinh-a']); // no tones typed: input order
    expect(ids(search(idx, 'Đình làng'))).toEqual(['dinh-a', 'dinh-b']);
  });

  it('ranks a phrase of a name or alias in order above scattered word matches (bac ho)', () => {
    // Scattered: "Bản Bắc" and "Hóa" both begin with the typed words, and the name field scores them higher.
    const sites = [
      makeSite({ id: 'doi-co', nameVi: 'Đồi Cọ (Bản Bắc) – nơi khai sinh điện ảnh', aliases: ['Bản Bắc'], district: 'Hóa' }),
      makeSite({ id: 'deo-de', nameVi: 'Nhà tưởng niệm trên Đèo De', aliases: ['Nhà tưởng niệm Bác Hồ'] }),
    ];
    const idx = buildSearchIndex(sites);
    expect(ids(search(idx, 'bac ho'))[0]).toBe('deo-de');
    expect(ids(search(idx, 'Bác Hồ'))[0]).toBe('deo-de');
    expect(ids(search(idx, 'bac h'))[0]).toBe('deo-de'); // last word still being typed
  });

  it('puts the site whose whole alias is the query first (ATK)', () => {
    const sites = [
      makeSite({
        id: 'museum',
        nameVi: 'Nhà trưng bày (Bảo tàng) ATK Định Hóa',
        nameEn: 'ATK Định Hóa Exhibition House',
        aliases: ['Nhà trưng bày ATK', 'Bảo tàng ATK'],
      }),
      makeSite({ id: 'atk', nameVi: 'Khu di tích An toàn khu Định Hóa', nameEn: 'Safety Zone', aliases: ['ATK', 'ATK Định Hóa'] }),
    ];
    const idx = buildSearchIndex(sites);
    expect(ids(search(idx, 'ATK'))[0]).toBe('atk');
    expect(ids(search(idx, 'atk dinh hoa'))[0]).toBe('atk');
    expect(ids(search(idx, 'bao tang atk'))[0]).toBe('museum');
  });

  it('reports the best field where every word matched', () => {
    const sites = [makeSite({ id: 'ban-soi', nameVi: 'Cánh đồng diễn tập Bản Sỏi' })];
    const idx = buildSearchIndex(sites, { 'ban-soi': { vi: 'Nơi diễn tập cho chiến dịch Điện Biên Phủ.' } });
    expect(search(idx, 'dien bien')[0]?.matchedField).toBe('story');
    expect(search(idx, 'dien tap')[0]?.matchedField).toBe('name');
  });

  it('accepts stories as a plain record', () => {
    const fromRecord = buildSearchIndex(sampleSites(), { 'tin-keo': { vi: 'Điện Biên Phủ' } });
    expect(ids(search(fromRecord, 'dien bien'))).toEqual(['tin-keo']);
  });
});

