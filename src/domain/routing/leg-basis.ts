// Which figure a plan leg shows, and on what basis (issue 12): a sourced distance wins for its exact pair, then a
// drawn curated geometry, then the road route, then the detour estimate. Pure; the road route comes from the
// routing worker (or is null when there is no graph, no path, or the worker failed).
import { greatCircleKm, legDistance, SAME_POINT_KM, type LegInput } from '../plan/distance.ts';
import { travelMinutes } from '../plan/duration.ts';
import type { Endpoint } from '../plan/endpoint.ts';
import { terrainOf } from '../plan/terrain.ts';

export type LegBasis = 'source' | 'geometry' | 'road' | 'estimate';

/** A road route as the worker returns it for one leg. */
export interface RoadLeg {
  km: number;
  minutes: number;
  coords: [number, number][];
  /** An end is more than ~1 km from any road: that last stretch is a straight-line estimate. */
  offRoadEstimate: boolean;
}

/** Answers a road route for a pair of positions, or null (no graph yet, no path, or not asked yet). */
export type RoadLookup = (from: readonly [number, number], to: readonly [number, number], mode: 'coach' | 'car') => RoadLeg | null;

export interface ResolvedLeg {
  km: number;
  minutes: number;
  basis: LegBasis;
  /** Only the detour estimate is an estimate; a road route with an off-road end says so in offRoadEstimate. */
  estimated: boolean;
  /** The road figure, shown beside a sourced distance when the two differ by more than ROAD_BESIDE_SOURCE_SHARE. */
  roadKm?: number;
  offRoadEstimate?: boolean;
  /** What to draw: the road (or the curated geometry); absent for an estimate (a straight dashed line). */
  coords?: [number, number][];
}

/** Sourced and road figures differing by more than this share are both shown. */
export const ROAD_BESIDE_SOURCE_SHARE = 0.2;

export function roadDiffersFromSource(sourceKm: number, roadKm: number): boolean {
  return Math.abs(roadKm - sourceKm) > ROAD_BESIDE_SOURCE_SHARE * sourceKm;
}

/**
 * The leg between two ends. `road` is used for coach and car legs only: walking legs are trails inside a relic
 * cluster, and the trails are not in the road data. null when nothing honest can be said (see legDistance).
 */
export function resolveLeg(from: Endpoint, to: Endpoint, leg: LegInput, road: RoadLeg | null): ResolvedLeg | null {
  const terrain = terrainOf(from, to);
  // Two sites on one placeholder point have no honest distance between them, by road or otherwise.
  const samePoint = from.position !== null && to.position !== null && greatCircleKm(from.position, to.position) < SAME_POINT_KM;
  const usable = leg.mode !== 'walking' && !samePoint && road !== null && Number.isFinite(road.km) && road.km > 0 ? road : null;
  if (leg.distanceKm !== undefined) {
    const out: ResolvedLeg = { km: leg.distanceKm, minutes: travelMinutes(leg.distanceKm, leg.mode, terrain), basis: 'source', estimated: false };
    if (usable !== null) {
      out.coords = usable.coords;
      if (roadDiffersFromSource(leg.distanceKm, usable.km)) out.roadKm = usable.km;
    }
    return out;
  }
  if (leg.geometry !== undefined) {
    const d = legDistance(from, to, leg);
    if (d === null) return null;
    return { km: d.km, minutes: travelMinutes(d.km, leg.mode, terrain), basis: 'geometry', estimated: false, coords: leg.geometry.coordinates.map(([x, y]) => [x, y]) };
  }
  if (usable !== null) {
    return { km: usable.km, minutes: Math.ceil(usable.minutes), basis: 'road', estimated: false, offRoadEstimate: usable.offRoadEstimate, coords: usable.coords };
  }
  const d = legDistance(from, to, leg);
  if (d === null) return null;
  return { km: d.km, minutes: travelMinutes(d.km, leg.mode, terrain), basis: 'estimate', estimated: true };
}
