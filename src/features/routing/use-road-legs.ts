import { useEffect, useSyncExternalStore } from 'react';
import type { Plan } from '../../domain/plan/plan.ts';
import { planLegPairs, routeLegPairs } from '../../domain/routing/leg-pairs.ts';
import type { Route } from '../../domain/schema/route.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { requestLegs, roadStatus, roadVersion, subscribe, type RoadStatus } from './road-store.ts';

/** Re-renders when road answers arrive; the number is part of every cache key that uses road legs. */
export function useRoadVersion(): number {
  return useSyncExternalStore(subscribe, roadVersion, roadVersion);
}

export function useRoadStatus(): RoadStatus {
  useRoadVersion();
  return roadStatus();
}

/** Asks the worker for the plan's legs (coach, like the timetable) whenever the stops or the start change. */
export function useRequestPlanLegs(plan: Plan, byId: ReadonlyMap<string, SiteFeature>): void {
  useEffect(() => {
    if (plan.stops.length > 0) requestLegs(planLegPairs(plan, byId), 'coach');
  }, [plan, byId]);
}

/** Asks for the driven legs of curated routes (those without a drawn geometry), each with its own vehicle. */
export function useRequestRouteLegs(routes: readonly Route[], byId: ReadonlyMap<string, SiteFeature>): void {
  useEffect(() => {
    const legs = routes.flatMap((r) => routeLegPairs(r, byId));
    for (const mode of ['coach', 'car'] as const) {
      const pairs = legs.filter((l) => l.mode === mode).map((l) => l.pair);
      if (pairs.length > 0) requestLegs(pairs, mode);
    }
  }, [routes, byId]);
}
