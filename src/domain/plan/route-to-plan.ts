import type { Route } from '../schema/route.ts';
import { MAX_PLAN_STOPS, type Plan, type PlanStart } from './plan.ts';

/**
 * Starts a plan from a curated route. A plan visits each site once, so a route that passes through a hub again
 * (the Tỉn Keo walking loop) keeps the first visit and adds the minutes of later visits to it.
 */
export function routeToPlan(route: Route, start: PlanStart, startTime: string): Plan {
  const stops: Plan['stops'] = [];
  for (const s of route.stops) {
    const existing = stops.find((p) => p.site === s.site);
    if (existing !== undefined) existing.minutes = Math.min(600, existing.minutes + s.minutes);
    else if (stops.length < MAX_PLAN_STOPS) stops.push({ site: s.site, minutes: s.minutes });
  }
  return { v: 1, start, startTime, stops };
}
