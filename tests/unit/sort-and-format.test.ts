import { describe, expect, it } from 'vitest';
import { sortSites } from '../../src/domain/sort-sites.ts';
import { formatPartialDate } from '../../src/domain/format-date.ts';
import { toMapFeatures } from '../../src/domain/map-features.ts';
import type { SiteFeature } from '../../src/domain/schema/site.ts';

function site(id: string, vi: string, en: string, district: string, located = true): SiteFeature {
  return {
    type: 'Feature',
    id,
    geometry: located ? { type: 'Point', coordinates: [105.5, 21.8] } : null,
    properties: {
      name: { vi, en },
      aliases: [],
      summary: { vi: 's', en: 's' },
      category: 'memorial',
      redAddress: true,
      rank: { level: 'national' },
      dates: [],
      place: { district, commune: 'x', communeAfter2025: 'xã x', communeAfter2025Confidence: 'secondary' },
      location: { confidence: located ? 'approximate' : 'none', note: { vi: 'n', en: 'n' } },
      visit: {},
      images: [],
      sources: [{ title: 't', url: 'https://example.org' }],
    },
  };
}

describe('sortSites', () => {
  const sites = [site('c', 'Dốc Thử', 'Test Slope', 'Định Hóa'), site('a', 'Bảo tàng', 'Museum', 'Thái Nguyên'), site('b', 'Đền Đuổm', 'Duom Temple', 'Phú Lương')];
  it('sorts by Vietnamese name with Vietnamese collation (Đ after D)', () => {
    expect(sortSites(sites, 'name', 'vi').map((s) => s.id)).toEqual(['a', 'c', 'b']);
  });
  it('sorts by English name', () => {
    expect(sortSites(sites, 'name', 'en').map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });
  it('sorts by district then name', () => {
    expect(sortSites(sites, 'district', 'vi').map((s) => s.id)).toEqual(['c', 'b', 'a']);
  });
  it('does not mutate its input', () => {
    const before = sites.map((s) => s.id);
    sortSites(sites, 'name', 'vi');
    expect(sites.map((s) => s.id)).toEqual(before);
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['1947-05-20', 'vi', '20/5/1947'],
    ['1947-05-20', 'en', '20 May 1947'],
    ['1947-10', 'vi', 'tháng 10/1947'],
    ['1947-10', 'en', 'October 1947'],
    ['1936', 'vi', '1936'],
  ] as const)('%s in %s → %s', (d, lang, out) => expect(formatPartialDate(d, lang)).toBe(out));
});

describe('toMapFeatures', () => {
  it('draws located sites only, with flat properties', () => {
    const fc = toMapFeatures([site('a', 'A', 'A', 'x'), site('b', 'B', 'B', 'x', false)]);
    expect(fc.features.map((f) => f.id)).toEqual(['a']);
    expect(fc.features[0]?.properties).toMatchObject({ id: 'a', category: 'memorial', label_vi: 'A' });
  });
});
