import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState } from '../../src/domain/url/app-url.ts';
import { parseFilters } from '../../src/domain/explore/filter-url.ts';
import { emptyFilters } from '../../src/domain/explore/filters.ts';
import { decodePlan } from '../../src/domain/plan/plan-url.ts';
import { parseMode } from '../../src/domain/url/mode.ts';
import { withoutUnknownPlaces } from '../../src/domain/url/resolve-url.ts';
import { HOSTILE_URL_COUNT, hostileUrls } from '../support/hostile-urls.ts';
import sitesRaw from '../../data/sites.geojson?raw';

interface RawSite { id: string; properties: { place: { district: string; communeAfter2025: string } } }
const sites = (JSON.parse(sitesRaw) as { features: RawSite[] }).features;
const siteIds = sites.map((s) => s.id);
const urls = hostileUrls();

/** The URL state after the app checks it against the content (unknown sites and places dropped). */
function resolved(search: string) {
  const url = parseUrlState(search);
  return {
    ...url,
    site: url.site !== null && siteIds.includes(url.site) ? url.site : null,
    story: url.story !== null && url.story.id === 'atk-1947-1954' ? url.story : null,
    filters: withoutUnknownPlaces(url.filters, sites),
  };
}

describe(`${HOSTILE_URL_COUNT} hostile query strings through the pure URL parsers`, () => {
  it('are 1,000, deterministic, of every kind', () => {
    expect(urls).toHaveLength(1000);
    expect(hostileUrls().map((u) => u.query)).toEqual(urls.map((u) => u.query));
    expect(new Set(urls.map((u) => u.kind)).size).toBeGreaterThanOrEqual(8);
    expect(Math.max(...urls.map((u) => u.query.length))).toBeGreaterThan(50_000);
  });

  it('never throw', () => {
    for (const { query } of urls) {
      expect(() => parseUrlState(query), query.slice(0, 200)).not.toThrow();
      expect(() => parseFilters(new URLSearchParams(query)), query.slice(0, 200)).not.toThrow();
      expect(() => parseMode(query), query.slice(0, 200)).not.toThrow();
      const plan = new URLSearchParams(query).get('plan');
      if (plan !== null) expect(() => decodePlan(plan, siteIds)).not.toThrow();
    }
  });

  it('give the empty state when every value is malformed', () => {
    for (const { query, kind, malformedOnly } of urls) {
      if (!malformedOnly) continue;
      expect(parseUrlState(query), `${kind}: ${query.slice(0, 200)}`).toEqual(EMPTY_URL_STATE);
      expect(parseFilters(new URLSearchParams(query))).toEqual(emptyFilters());
      expect(parseMode(query)).toBe('default');
      for (const plan of new URLSearchParams(query).getAll('plan')) expect(decodePlan(plan, siteIds).ok).toBe(false);
    }
  });

  it('resolve to the home state once checked against the content (unknown sites, stories and places dropped)', () => {
    for (const { query, kind } of urls) {
      expect(resolved(query), `${kind}: ${query.slice(0, 200)}`).toEqual({ ...EMPTY_URL_STATE, filters: emptyFilters() });
    }
  });

  it('keeps known places and drops invented ones', () => {
    const real = sites[0]!.properties.place;
    const f = { ...emptyFilters(), districts: [real.district, 'Nowhere'], communesAfter2025: ['xã Không Có'] };
    expect(withoutUnknownPlaces(f, sites)).toEqual({ ...emptyFilters(), districts: [real.district] });
    const clean = { ...emptyFilters(), districts: [real.district] };
    expect(withoutUnknownPlaces(clean, sites)).toBe(clean);
  });
});
