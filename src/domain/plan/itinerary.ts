import type { LocalizedText } from '../schema/common.ts';
import type { LineString, Route } from '../schema/route.ts';
import type { SiteFeature } from '../schema/site.ts';
import { START_PRESETS, type Plan } from './plan.ts';
import type { ItineraryLeg } from '../routing/itinerary-legs.ts';

/** What the exports need: ordered stops resolved to sites, an optional start, optional drawn legs. */
export interface ItineraryStop {
  order: number;
  site: SiteFeature;
  minutes: number;
}

export interface Itinerary {
  name: LocalizedText;
  start?: { lon: number; lat: number; name: LocalizedText };
  stops: ItineraryStop[];
  /** Drawn leg paths between consecutive stops (routes only); index i is stop i → i+1. */
  legGeometries: (LineString | undefined)[];
  /** Stop ids that were not found among the sites. */
  missing: string[];
  /** A plan's legs as its timetable measured them (start → stops → back), road geometry where routed. */
  legs?: ItineraryLeg[];
}

function resolve(stops: readonly { site: string; minutes: number }[], sites: readonly SiteFeature[]) {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const out: ItineraryStop[] = [];
  const missing: string[] = [];
  stops.forEach((s, i) => {
    const site = byId.get(s.site);
    if (site === undefined) missing.push(s.site);
    else out.push({ order: i + 1, site, minutes: s.minutes });
  });
  return { stops: out, missing };
}

/** `name` and `startName` are words of the UI: the caller gives them from the locale files. */
export function planItinerary(plan: Plan, sites: readonly SiteFeature[], name: LocalizedText, startName: LocalizedText, legs?: ItineraryLeg[]): Itinerary {
  const [lon, lat] = plan.start.kind === 'point' ? [plan.start.lon, plan.start.lat] : [START_PRESETS[plan.start.id].lon, START_PRESETS[plan.start.id].lat];
  const start = { lon, lat, name: startName };
  return { name, start, ...resolve(plan.stops, sites), legGeometries: [], ...(legs === undefined ? {} : { legs }) };
}

export function routeItinerary(route: Route, sites: readonly SiteFeature[]): Itinerary {
  const r = resolve(route.stops, sites);
  const complete = r.missing.length === 0;
  return { name: route.name, ...r, legGeometries: complete ? route.legs.map((l) => l.geometry) : [] };
}
