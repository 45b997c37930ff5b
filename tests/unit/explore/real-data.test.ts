/** The explore domain over the real content (data/sites.geojson, data/stories): the checks a user would make. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFilters, serializeFilters } from '../../../src/domain/explore/filter-url.ts';
import { applyFilters, emptyFilters, facetCounts, periodsOf } from '../../../src/domain/explore/filters.ts';
import { normalizeVi } from '../../../src/domain/explore/normalize.ts';
import { buildSearchIndex, search, type StoryText } from '../../../src/domain/explore/search-index.ts';
import { groupByPosition, sitesAtSamePoint } from '../../../src/domain/explore/shared-points.ts';
import { SiteFeatureSchema, type SiteFeature } from '../../../src/domain/schema/site.ts';

const root = join(import.meta.dirname, '../../..');
const collection = JSON.parse(readFileSync(join(root, 'data/sites.geojson'), 'utf8')) as { features: unknown[] };
const sites: SiteFeature[] = collection.features.map((f) => SiteFeatureSchema.parse(f));
const stories = new Map<string, StoryText>();
for (const file of readdirSync(join(root, 'data/stories'))) {
  const m = /^(.+)\.(vi|en)\.md$/.exec(file);
  if (m === null) continue;
  const entry = stories.get(m[1]!) ?? {};
  entry[m[2] as 'vi' | 'en'] = readFileSync(join(root, 'data/stories', file), 'utf8');
  stories.set(m[1]!, entry);
}
const index = buildSearchIndex(sites, stories);
const top = (q: string, n: number) => search(index, q, { limit: n }).map((h) => h.id);

describe('real content', () => {
  it('has sites to explore', () => {
    expect(sites.length).toBeGreaterThan(20);
  });

  it('finds every site by its Vietnamese name, with or without tones, among the first three', () => {
    for (const site of sites) {
      const name = site.properties.name.vi;
      expect(top(name, 3), name).toContain(site.id);
      expect(top(normalizeVi(name), 3), normalizeVi(name)).toContain(site.id);
    }
  });

  it('finds Tỉn Keo (the 1953 Điện Biên Phủ decision) when typing DIEN BIEN', () => {
    expect(top('DIEN BIEN', 5)).toContain('tin-keo');
  });

  it('ranks the memorial with the alias "Nhà tưởng niệm Bác Hồ" first for "bac ho", above Đồi Cọ (Bản Bắc)', () => {
    for (const q of ['bac ho', 'Bác Hồ']) {
      const ids = top(q, 5);
      expect(ids[0], q).toBe('nha-tuong-niem-ho-chi-minh-deo-de');
      expect(ids.indexOf('doi-co-ban-bac'), q).toBeGreaterThan(0);
    }
  });

  it('puts the ATK Định Hóa relic first for "ATK" and "ATK Định Hóa"', () => {
    expect(top('ATK', 3)[0]).toBe('atk-dinh-hoa');
    expect(top('atk dinh hoa', 3)[0]).toBe('atk-dinh-hoa');
  });

  it('counts every site once per single-valued facet (own rank level; ATK components and relic areas on top)', () => {
    const c = facetCounts(sites, emptyFilters());
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const components = sites.filter((s) => s.properties.rank.atkComponent === true).length;
    const extraCommunes = sites.reduce((n, s) => n + (s.properties.place.otherCommunesAfter2025?.length ?? 0), 0);
    expect(sum(c.categories)).toBe(sites.length);
    expect(sum(c.ranks)).toBe(sites.length + components);
    expect(c.ranks.get('atk-component')).toBe(components);
    expect(components).toBeGreaterThan(0);
    expect(sum(c.districts)).toBe(sites.length);
    expect(sum(c.communesAfter2025)).toBe(sites.length + extraCommunes);
  });

  it('gives no ATK component the whole relic area\'s special national rank', () => {
    const components = sites.filter((s) => s.properties.rank.atkComponent === true);
    expect(components.map((s) => s.properties.rank.level)).not.toContain('special-national');
    const special = applyFilters(sites, { ...emptyFilters(), ranks: ['special-national'] });
    expect(special.map((s) => s.id)).toEqual(['atk-dinh-hoa']);
  });

  it('puts every dated site in a period', () => {
    for (const site of sites.filter((s) => s.properties.dates.length > 0)) {
      expect(periodsOf(site), site.id).not.toEqual([]);
    }
  });

  it('round-trips every real district and commune through the URL', () => {
    const state = {
      ...emptyFilters(),
      districts: [...new Set(sites.map((s) => s.properties.place.district))],
      communesAfter2025: [...new Set(sites.map((s) => s.properties.place.communeAfter2025))],
    };
    const parsed = parseFilters(new URLSearchParams(serializeFilters(state).toString()));
    expect(parsed).toEqual(state);
    expect(applyFilters(sites, parsed)).toHaveLength(sites.length);
  });

  it('lists the sites sharing a point consistently', () => {
    for (const [, ids] of groupByPosition(sites)) {
      for (const id of ids) {
        expect(sitesAtSamePoint(sites, id).sort()).toEqual(ids.filter((x) => x !== id).sort());
      }
    }
  });
});
