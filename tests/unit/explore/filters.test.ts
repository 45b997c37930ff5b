import vi from '../../../src/i18n/locales/vi.json';
import en from '../../../src/i18n/locales/en.json';
import { describe, expect, it } from 'vitest';
import {
  PERIODS,
  periodLabelKey,
  applyFilters,
  emptyFilters,
  facetCounts,
  isEmpty,
  periodsOf,
  toggle,
  type FilterState,
} from '../../../src/domain/explore/filters.ts';
import type { SiteFeature } from '../../../src/domain/schema/site.ts';
import { makeSite, sampleSites } from './factories.ts';

const ids = (sites: readonly SiteFeature[]) => sites.map((s) => s.id);
const state = (partial: Partial<FilterState>): FilterState => ({ ...emptyFilters(), ...partial });

describe('periods', () => {
  it('are data with bilingual labels and no gaps or overlaps between 1000 and 2100', () => {
    expect(PERIODS.map((p) => p.id)).toEqual(['before-1945', '1946-1954', 'after-1954']);
    // Labels live in the locale files, one per period in both languages.
    for (const p of PERIODS) {
      const key = periodLabelKey(p.id).split('.');
      expect(key.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], vi), p.id).toMatch(/\S/);
      expect(key.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en), p.id).toMatch(/\S/);
    }
    expect(en.filters.period['before-1945']).toBe('Up to 1945');
    for (let year = 1000; year <= 2100; year++) {
      const hits = PERIODS.filter((p) => (p.from === null || year >= p.from) && (p.to === null || year <= p.to));
      expect(hits, String(year)).toHaveLength(1);
    }
  });

  it('places a site in every period any of its dates falls in', () => {
    expect(periodsOf(makeSite({ id: 'a', dates: ['1917-08-30'] }))).toEqual(['before-1945']);
    expect(periodsOf(makeSite({ id: 'a', dates: ['1945-08-19'] }))).toEqual(['before-1945']);
    expect(periodsOf(makeSite({ id: 'a', dates: ['1946-12'] }))).toEqual(['1946-1954']);
    expect(periodsOf(makeSite({ id: 'a', dates: ['1954-05-07'] }))).toEqual(['1946-1954']);
    expect(periodsOf(makeSite({ id: 'a', dates: ['1955'] }))).toEqual(['after-1954']);
    expect(periodsOf(makeSite({ id: 'a', dates: ['1990', '1941', '1947'] }))).toEqual([
      'before-1945',
      '1946-1954',
      'after-1954',
    ]);
    expect(periodsOf(makeSite({ id: 'a', dates: [] }))).toEqual([]);
  });
});

describe('state helpers', () => {
  it('emptyFilters is empty and fresh each time', () => {
    const a = emptyFilters();
    expect(isEmpty(a)).toBe(true);
    a.categories.push('museum');
    expect(emptyFilters().categories).toEqual([]);
  });

  it('toggle adds at the end, removes, and never mutates', () => {
    const s0 = emptyFilters();
    const s1 = toggle(s0, 'categories', 'museum');
    const s2 = toggle(s1, 'categories', 'prison');
    expect(s0.categories).toEqual([]);
    expect(s2.categories).toEqual(['museum', 'prison']);
    expect(isEmpty(s2)).toBe(false);
    const s3 = toggle(s2, 'categories', 'museum');
    expect(s3.categories).toEqual(['prison']);
    expect(s2.categories).toEqual(['museum', 'prison']);
    expect(toggle(s3, 'districts', 'Định Hóa').districts).toEqual(['Định Hóa']);
    expect(isEmpty(toggle(toggle(s0, 'periods', 'after-1954'), 'periods', 'after-1954'))).toBe(true);
  });
});

describe('applyFilters', () => {
  const sites = sampleSites();

  it('returns everything (a copy, in order) for empty filters', () => {
    const out = applyFilters(sites, emptyFilters());
    expect(ids(out)).toEqual(ids(sites));
    expect(out).not.toBe(sites);
  });

  it('ORs within a facet', () => {
    expect(ids(applyFilters(sites, state({ categories: ['museum', 'prison'] })))).toEqual([
      'nha-tu-chinh-tri',
      'bao-tang-van-hoa',
    ]);
  });

  it('ANDs across facets', () => {
    expect(ids(applyFilters(sites, state({ ranks: ['special-national'], categories: ['scenic', 'museum'] })))).toEqual([
      'deo-de',
    ]);
    expect(ids(applyFilters(sites, state({ districts: ['Thái Nguyên'], periods: ['before-1945'] })))).toEqual([
      'nha-tu-chinh-tri',
    ]);
  });

  it('filters periods on any date, and excludes sites without dates', () => {
    expect(ids(applyFilters(sites, state({ periods: ['1946-1954'] })))).toEqual(['atk-dinh-hoa', 'tin-keo', 'deo-de']);
    expect(ids(applyFilters(sites, state({ periods: ['after-1954'] })))).toEqual(['bao-tang-van-hoa']);
    expect(ids(applyFilters(sites, state({ periods: ['before-1945', '1946-1954', 'after-1954'] })))).not.toContain(
      'khong-ro',
    );
  });

  it('filters by post-2025 commune', () => {
    expect(ids(applyFilters(sites, state({ communesAfter2025: ['xã Đại Từ'] })))).toEqual(['khong-ro']);
    expect(applyFilters(sites, state({ communesAfter2025: ['xã Không Có'] }))).toEqual([]);
  });
});

describe('facetCounts', () => {
  const sites = sampleSites();

  it('counts every value over all sites when nothing is selected', () => {
    const c = facetCounts(sites, emptyFilters());
    expect([...c.categories.keys()][0]).toBe('relic-complex');
    expect(c.categories.get('museum')).toBe(1);
    expect(c.categories.get('temple')).toBe(0);
    expect(c.ranks.get('special-national')).toBe(3);
    expect(c.periods.get('1946-1954')).toBe(3);
    expect(c.periods.get('before-1945')).toBe(1);
    expect(c.districts).toEqual(
      new Map([
        ['Đại Từ', 1],
        ['Định Hóa', 3],
        ['Thái Nguyên', 2],
      ]),
    );
    expect(c.communesAfter2025.get('xã Phú Đình')).toBe(3);
  });

  it("counts a facet's values without its own selection but with the others'", () => {
    const s = state({ categories: ['museum'], districts: ['Thái Nguyên'] });
    const c = facetCounts(sites, s);
    // categories: filtered by district only → the prison and the museum in Thái Nguyên
    expect(c.categories.get('museum')).toBe(1);
    expect(c.categories.get('prison')).toBe(1);
    expect(c.categories.get('headquarters')).toBe(0);
    // districts: filtered by category only → one museum, in Thái Nguyên
    expect(c.districts.get('Thái Nguyên')).toBe(1);
    expect(c.districts.get('Định Hóa')).toBe(0);
    // ranks: filtered by both → only the museum
    expect(c.ranks.get('none')).toBe(1);
    expect(c.ranks.get('provincial')).toBe(0);
  });

  it('agrees with applyFilters for every value of every facet (brute force)', () => {
    const s = state({ ranks: ['special-national', 'provincial'], periods: ['1946-1954'] });
    const c = facetCounts(sites, s);
    const check = <K extends string>(facet: keyof FilterState, counts: Map<K, number>) => {
      for (const [value, count] of counts) {
        const alone = applyFilters(sites, { ...s, [facet]: [value] });
        expect(count, `${facet}=${value}`).toBe(alone.length);
      }
    };
    check('categories', c.categories);
    check('ranks', c.ranks);
    check('periods', c.periods);
    check('districts', c.districts);
    check('communesAfter2025', c.communesAfter2025);
  });

  it('keeps selected values that are absent from the data, with 0', () => {
    const c = facetCounts(sites, state({ districts: ['Phú Lương'] }));
    expect(c.districts.get('Phú Lương')).toBe(0);
    expect([...c.districts.keys()]).toEqual(['Đại Từ', 'Định Hóa', 'Phú Lương', 'Thái Nguyên']);
  });

  it('derives place lists per site array (a new array, new places)', () => {
    expect([...facetCounts(sites, emptyFilters()).districts.keys()]).not.toContain('Võ Nhai');
    const more = [...sites, makeSite({ id: 'x', district: 'Võ Nhai', communeAfter2025: 'xã Võ Nhai' })];
    const c = facetCounts(more, emptyFilters());
    expect(c.districts.get('Võ Nhai')).toBe(1);
    expect(c.communesAfter2025.get('xã Võ Nhai')).toBe(1);
  });
});
