// Which road legs a plan or a route needs, as pairs of positions: the same walk as the timetable (an unknown or
// unlocated stop has no leg; the next leg starts from the last located point) and as summarizeRoute.
import { greatCircleKm, SAME_POINT_KM } from '../plan/distance.ts';
import { startEndpoint, type Plan } from '../plan/plan.ts';
import type { Route } from '../schema/route.ts';
import type { SiteFeature } from '../schema/site.ts';

type LonLat = [number, number];
export type LegPair = [LonLat, LonLat];

const positionOf = (s: SiteFeature | undefined): LonLat | null =>
  s === undefined || s.geometry === null ? null : [s.geometry.coordinates[0], s.geometry.coordinates[1]];
const distinct = (a: LonLat, b: LonLat): boolean => greatCircleKm(a, b) >= SAME_POINT_KM;

export function planLegPairs(plan: Plan, byId: ReadonlyMap<string, SiteFeature>, returnToStart = true): LegPair[] {
  const start = startEndpoint(plan.start).position;
  if (start === null) return [];
  const origin: LonLat = [start[0], start[1]];
  const pairs: LegPair[] = [];
  let last = origin;
  for (const stop of plan.stops) {
    const at = positionOf(byId.get(stop.site));
    if (at === null) continue;
    if (distinct(last, at)) pairs.push([last, at]);
    last = at;
  }
  if (returnToStart && plan.stops.length > 0 && distinct(last, origin)) pairs.push([last, origin]);
  return pairs;
}

/** The driven legs of a route that have no drawn geometry (sourced ones too: their road figure is shown beside
 * the source when the two differ by more than 20 %), with the leg's vehicle. */
export function routeLegPairs(route: Route, byId: ReadonlyMap<string, SiteFeature>): { mode: 'coach' | 'car'; pair: LegPair }[] {
  const out: { mode: 'coach' | 'car'; pair: LegPair }[] = [];
  route.legs.forEach((leg, i) => {
    if (leg.mode === 'walking' || leg.geometry !== undefined) return;
    const a = positionOf(byId.get(route.stops[i]?.site ?? ''));
    const b = positionOf(byId.get(route.stops[i + 1]?.site ?? ''));
    if (a !== null && b !== null && distinct(a, b)) out.push({ mode: leg.mode, pair: [a, b] });
  });
  return out;
}
