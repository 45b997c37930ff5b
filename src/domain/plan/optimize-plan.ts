import type { SiteFeature } from '../schema/site.ts';
import { DETOUR_FACTORS, greatCircleKm, SAME_POINT_KM } from './distance.ts';
import { endpointOfSite, type Endpoint } from './endpoint.ts';
import { optimizeOrder, pathCost, type DistanceFn } from './optimize.ts';
import { startEndpoint, type Plan, type PlanStop } from './plan.ts';
import { terrainOf } from './terrain.ts';
import { SPEEDS_KMH } from './duration.ts';

type Located = { stop: PlanStop; at: Endpoint & { position: readonly [number, number] } };

/** Cost of the day's loop: start → stops in order → back to the start. */
function loopCost<T>(stops: readonly T[], start: T, d: DistanceFn<T>): number {
  const last = stops[stops.length - 1];
  return pathCost(stops, start, d) + (last === undefined ? 0 : d(last, start));
}

/** 2-opt on the closed loop [start, ...stops] (the start never moves). Returns a new array. */
function twoOptLoop<T>(stops: readonly T[], start: T, d: DistanceFn<T>): T[] {
  const path = [start, ...stops];
  const n = path.length;
  const eps = 1e-12;
  for (let pass = 0, improved = true; improved && pass < 100; pass++) {
    improved = false;
    for (let i = 1; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = path[i - 1] as T;
        const b = path[i] as T;
        const c = path[j] as T;
        const next = path[(j + 1) % n] as T;
        if (d(a, c) + d(b, next) < d(a, b) + d(c, next) - eps) {
          for (let l = i, r = j; l < r; l++, r--) [path[l], path[r]] = [path[r] as T, path[l] as T];
          improved = true;
        }
      }
    }
  }
  return path.slice(1);
}

/** Road minutes between two positions (from the routing worker's matrix), or null where it has no route. */
export type RoadCost = (a: readonly [number, number], b: readonly [number, number]) => number | null;

export interface OptimizePlanOptions {
  mode?: 'coach' | 'car';
  /**
   * Order by road minutes (issue 12). A pair without a road route costs its estimated minutes (straight line ×
   * detour factor at the planner's speeds), so the units stay minutes throughout.
   */
  roadCost?: RoadCost;
  /**
   * Count the drive back to the start, as the timetable does by default (the bus brings the class home).
   * Default true: an order that is shortest as an open path can be longer as a day's loop.
   */
  returnToStart?: boolean;
}

/**
 * Reorders a plan's located stops to shorten the drive from its start, using the same estimate as the
 * timetable (great circle × the road detour factor of the terrain). Stops without a position (unknown or
 * unlocated sites) keep their slots; lunch keeps its place in the day. Never longer than the given order, with
 * or without the return leg (`returnToStart`, default true like the timetable).
 */
export function optimizePlan(plan: Plan, sites: readonly SiteFeature[], opts: OptimizePlanOptions | 'coach' | 'car' = {}): Plan {
  const { mode = 'coach', returnToStart = true, roadCost } = typeof opts === 'string' ? { mode: opts } : opts;
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
  // As the timetable measures: two stops on one shared placeholder point are 0 km apart (unknown, not counted).
  const cost = (a: Located, b: Located): number => {
    const straight = greatCircleKm(a.at.position, b.at.position);
    if (straight < SAME_POINT_KM) return 0;
    const km = straight * DETOUR_FACTORS[mode][terrainOf(a.at, b.at)];
    if (roadCost === undefined) return km;
    return roadCost(a.at.position, b.at.position) ?? (km / SPEEDS_KMH[mode][terrainOf(a.at, b.at)]) * 60;
  };
  let ordered = optimizeOrder(located, start, cost);
  if (returnToStart) {
    // The open-path optimum, its reverse, and a loop 2-opt of the better one; keep the input unless one is shorter.
    const open = ordered;
    const reversed = [...open].reverse();
    const seed = loopCost(reversed, start, cost) < loopCost(open, start, cost) ? reversed : open;
    const candidates = [open, reversed, twoOptLoop(seed, start, cost)];
    let best = located;
    let bestCost = loopCost(located, start, cost);
    for (const c of candidates) {
      const v = loopCost(c, start, cost);
      if (v < bestCost - 1e-9) {
        best = c;
        bestCost = v;
      }
    }
    ordered = best;
  }
  if (ordered.every((l, k) => l === located[k])) return plan;
  const stops = [...plan.stops];
  slots.forEach((slot, k) => {
    const next = ordered[k];
    if (next !== undefined) stops[slot] = next.stop;
  });
  return { ...plan, stops };
}
