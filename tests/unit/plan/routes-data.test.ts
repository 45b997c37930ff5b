/**
 * data/routes.json against its schema and the facts. Site references are checked against data/sites.geojson
 * when that file exists (another engineer writes it); ids are always checked against the facts' 31 ids.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RoutesFileSchema, checkRouteReferences, type Route } from '../../../src/domain/schema/route.ts';
import { SiteFeatureSchema, type SiteFeature } from '../../../src/domain/schema/site.ts';
import { summarizeRoute } from '../../../src/domain/plan/summarize-route.ts';
import { SITE_IDS } from './site-ids.ts';

const root = resolve(import.meta.dirname, '../../..');
const routesFile = RoutesFileSchema.safeParse(JSON.parse(readFileSync(resolve(root, 'data/routes.json'), 'utf8')));
const routes: Route[] = routesFile.success ? routesFile.data.routes : [];
const sitesPath = resolve(root, 'data/sites.geojson');

function loadSites(): SiteFeature[] {
  const fc = JSON.parse(readFileSync(sitesPath, 'utf8')) as { features: unknown[] };
  return fc.features.map((f) => SiteFeatureSchema.parse(f));
}

describe('data/routes.json', () => {
  it('passes the schema', () => {
    expect(routesFile.error?.issues ?? []).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(3);
  });

  it('names only known site ids', () => {
    const known = new Set<string>(SITE_IDS);
    expect(routes.flatMap((r) => r.stops.map((s) => s.site)).filter((id) => !known.has(id))).toEqual([]);
  });

  it('has the province’s Tuyến 1 in the survey’s order', () => {
    const t1 = routes.find((r) => r.name.vi.startsWith('Tuyến 1'));
    expect(t1?.stops.map((s) => s.site)).toEqual([
      'khu-di-tich-tnxp-dai-doi-915',
      'den-duom',
      'atk-dinh-hoa',
      'bao-tang-van-hoa-cac-dan-toc-viet-nam',
    ]);
  });

  it('attaches a distance only to a leg from or to Tỉn Keo (the guide text’s pairs), with the figures it gives', () => {
    const GIVEN: Record<string, number> = {
      'tham-khen-pham-van-dong': 1.8,
      'na-mon-truong-chinh': 3,
      'thac-khuon-tat': 1.2,
      'khuon-tat-na-dinh': 3,
    };
    const sourced = routes.flatMap((r) =>
      r.legs.flatMap((l, i) => (l.distanceKm === undefined ? [] : [{ a: r.stops[i]?.site, b: r.stops[i + 1]?.site, km: l.distanceKm }])),
    );
    expect(sourced.length).toBeGreaterThanOrEqual(4);
    for (const { a, b, km } of sourced) {
      expect([a, b]).toContain('tin-keo');
      const other = a === 'tin-keo' ? b : a;
      expect(GIVEN[other ?? '']).toBe(km);
    }
  });

  it('references located sites, and every cited source is a source of a leg end', () => {
    const sites = loadSites();
    expect(checkRouteReferences(routes, sites)).toEqual([]);
    const byId = new Map(sites.map((s) => [s.id, s]));
    for (const r of routes) {
      r.legs.forEach((l, i) => {
        if (l.source === undefined) return;
        const ends = [r.stops[i]?.site, r.stops[i + 1]?.site].map((id) => byId.get(id ?? ''));
        const urls = ends.flatMap((s) => s?.properties.sources.map((x) => x.url) ?? []);
        expect(urls).toContain(l.source.url);
      });
    }
  });

  it('summarises: Tuyến 1 all estimated, the walking loop 9 sourced km with two unknown legs', () => {
    const sites = loadSites();
    const basis = (id: string) => {
      const r = routes.find((x) => x.id === id);
      if (r === undefined) throw new Error(`route ${id} missing`);
      return summarizeRoute(r, sites);
    };
    const t1 = basis('tuyen-1-lich-su-ve-nguon');
    expect(t1.legs.map((l) => l.basis)).toEqual(['estimate', 'estimate', 'estimate']);
    const walk = basis('vong-di-bo-quanh-tin-keo');
    expect(walk.legs.map((l) => l.basis)).toEqual(['source', null, 'source', 'source', null, 'source']);
    expect(walk.knownKm).toBeCloseTo(9, 9);
    expect(walk.unmeasuredLegs).toBe(2);
    const day = basis('vong-atk-mot-ngay-tu-thanh-pho');
    expect(day.totalMinutes).toBeLessThan(600);
  });
});
