import type { SiteFeature } from '../schema/site.ts';
import { DETOUR_FACTORS, greatCircleKm } from './distance.ts';
import { endpointOfSite, type Endpoint } from './endpoint.ts';
import { optimizeOrder } from './optimize.ts';
import { startEndpoint, type Plan, type PlanStop } from './plan.ts';
import { terrainOf } from './terrain.ts';

type Located = { stop: PlanStop; at: Endpoint & { position: readonly [number, number] } };

/**
 * Reorders a plan's located stops to shorten the drive from its start, using the same estimate as the
 * timetable (great circle × the road detour factor of the terrain). Stops without a position (unknown or
 * unlocated sites) keep their slots; lunch keeps its place in the day. Never longer than the given order.
 */
export function optimizePlan(plan: Plan, sites: readonly SiteFeature[], mode: 'coach' | 'car' = 'coach'): Plan {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const located: Located[] = [];
  const slots: number[] = [];
  plan.stops.forEach((stop, i) => {
    const site = byId.get(stop.site);
    if (site === undefined || site.geometry === null) return;
    const at = endpointOfSite(site);
    if (at.position === null) return;
    located.push({ stop, at: { ...at, position: at.position } });
    slots.push(i);
  });
  const origin = startEndpoint(plan.start);
  if (origin.position === null || located.length < 2) return plan;
  const start: Located = { stop: { site: '', minutes: 0 }, at: { ...origin, position: origin.position } };
  const cost = (a: Located, b: Located): number =>
    greatCircleKm(a.at.position, b.at.position) * DETOUR_FACTORS[mode][terrainOf(a.at, b.at)];
  const ordered = optimizeOrder(located, start, cost);
  if (ordered.every((l, k) => l === located[k])) return plan;
  const stops = [...plan.stops];
  slots.forEach((slot, k) => {
    const next = ordered[k];
    if (next !== undefined) stops[slot] = next.stop;
  });
  return { ...plan, stops };
}
