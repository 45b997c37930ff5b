/** Test factories for the plan domain: independent objects, no shared state, no file reads. */
import type { Confidence, SiteFeature } from '../../../src/domain/schema/site.ts';
import type { Route, RouteLeg, RouteStop } from '../../../src/domain/schema/route.ts';
import type { Plan } from '../../../src/domain/plan/plan.ts';

export interface SiteOptions {
  id?: string;
  lon?: number;
  lat?: number;
  /** `none` gives geometry null. */
  confidence?: Confidence;
  district?: string;
  vi?: string;
  en?: string;
  minutes?: number;
}

let counter = 0;

export function makeSite(o: SiteOptions = {}): SiteFeature {
  counter += 1;
  const id = o.id ?? `site-${counter}`;
  const confidence = o.confidence ?? 'source';
  return {
    type: 'Feature',
    id,
    geometry: confidence === 'none' ? null : { type: 'Point', coordinates: [o.lon ?? 105.85, o.lat ?? 21.6] },
    properties: {
      name: { vi: o.vi ?? `Địa điểm ${id}`, en: o.en ?? `Site ${id}` },
      aliases: [],
      summary: { vi: 'Tóm tắt', en: 'Summary' },
      category: 'memorial',
      redAddress: true,
      rank: { level: 'national' },
      dates: [],
      place: {
        district: o.district ?? 'Thái Nguyên',
        commune: 'Gia Sàng',
        communeAfter2025: 'phường Gia Sàng',
        communeAfter2025Confidence: 'secondary',
      },
      location: { confidence, note: { vi: 'ghi chú', en: 'note' } },
      visit: o.minutes === undefined ? {} : { minutes: o.minutes },
      images: [],
      sources: [{ title: 'Test source', url: 'https://example.org/source' }],
    },
  };
}

/** Real-shaped anchors from /work/shared/facts/sites.json (lon, lat), used to build realistic cases. */
export const ANCHORS = {
  city: { lon: 105.85, lat: 21.6 },
  giaSang915: { lon: 105.84912, lat: 21.57408 },
  museumVhcdt: { lon: 105.84377, lat: 21.59663 },
  denDuom: { lon: 105.706083, lat: 21.754766 },
  atk: { lon: 105.508607, lat: 21.788216 },
  choChu: { lon: 105.6423, lat: 21.907 },
  waterfall: { lon: 105.51148, lat: 21.793629 },
} as const;

export function makeStop(site: string, minutes = 30): RouteStop {
  return { site, minutes };
}

export function makeLeg(o: Partial<RouteLeg> = {}): RouteLeg {
  return { mode: 'coach', ...o };
}

export function makeRoute(stops: RouteStop[], legs?: RouteLeg[], id = 'test-route'): Route {
  return {
    id,
    name: { vi: 'Tuyến thử', en: 'Test route' },
    description: { vi: 'Mô tả', en: 'Description' },
    stops,
    legs: legs ?? stops.slice(1).map(() => makeLeg()),
  };
}

export function makePlan(o: Partial<Plan> = {}): Plan {
  return {
    v: 1,
    start: { kind: 'preset', id: 'thai-nguyen-city' },
    startTime: '07:00',
    stops: [],
    ...o,
  };
}

export { seededRandom } from '../../support/seeded-random.ts';
