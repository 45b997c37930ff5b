import { distance as turfDistance, length as turfLength, lineString, point } from '@turf/turf';
import type { LegMode, LineString } from '../schema/route.ts';
import type { Endpoint } from './endpoint.ts';
import { terrainOf, type Terrain } from './terrain.ts';

export type DistanceBasis = 'source' | 'geometry' | 'estimate';

export interface LegDistance {
  km: number;
  /** true only when the figure is a great-circle estimate; sourced and drawn distances are not estimates. */
  estimated: boolean;
  basis: DistanceBasis;
}

/** What a leg may already know about its own length. */
export interface LegInput {
  mode: LegMode;
  distanceKm?: number;
  geometry?: LineString;
}

/**
 * Detour factors: road (or trail) km ÷ straight-line km, derived from the pairs in NOTES.md §2 and §4.
 * - mountain roads 1.4: ATK point → Thái Nguyên city is 41 km straight and 50–65 km by road (1.22–1.59; the
 *   midpoint 57.5 km gives 1.40). ATK → Chợ Chu, 19 km straight vs 23 km by road (1.21), sits at the low end.
 * - plain 1.25: Chợ Chu → city is 40 km straight and 50 km by road (1.25), mostly along QL3 through the midland.
 *   Đền Đuổm → city (23 km vs 25 km, 1.09) shows QL3 itself is straighter; 1.25 keeps the estimate on the safe
 *   side for a teacher's timetable (arrive early rather than late).
 * - walking 1.3 (both terrains): an assumption, not derived. The only trail pairs (Tỉn Keo → waterfall 1.2 km,
 *   → Thẩm Khen 1.8 km) have approximate end points that give ratios from 0.8 to 1.8, too noisy to fit. 1.3 is
 *   a middle value for footpaths; replace it when surveyed points exist.
 * Coach and car share the road factors.
 */
export const DETOUR_FACTORS: Readonly<Record<LegMode, Readonly<Record<Terrain, number>>>> = {
  coach: { mountain: 1.4, plain: 1.25 },
  car: { mountain: 1.4, plain: 1.25 },
  walking: { mountain: 1.3, plain: 1.3 },
};

/** Great-circle distance in km (turf, mean Earth radius). */
export function greatCircleKm(a: readonly [number, number], b: readonly [number, number]): number {
  return turfDistance(point([a[0], a[1]]), point([b[0], b[1]]), { units: 'kilometers' });
}

export function lineStringKm(g: LineString): number {
  return turfLength(lineString(g.coordinates.map(([lon, lat]) => [lon, lat])), { units: 'kilometers' });
}

/** Two positions closer than this (km) are one shared placeholder point, not two places. */
export const SAME_POINT_KM = 0.01;

/**
 * The length of a leg: a sourced distance when the data gives one for exactly this pair, else the drawn
 * LineString's length, else great-circle × the detour factor of its mode and terrain. null when nothing is
 * known: an end without a position, or both ends on the same point. Several sites share one placeholder
 * (an app point, a commune centre; NOTES.md §2), and "0 km" between two such sites would be a false figure:
 * the distance is unknown, and the UI must say so.
 */
export function legDistance(from: Endpoint, to: Endpoint, leg: LegInput): LegDistance | null {
  if (leg.distanceKm !== undefined) return { km: leg.distanceKm, estimated: false, basis: 'source' };
  if (leg.geometry !== undefined) return { km: lineStringKm(leg.geometry), estimated: false, basis: 'geometry' };
  if (from.position === null || to.position === null) return null;
  const straight = greatCircleKm(from.position, to.position);
  if (straight < SAME_POINT_KM) return null;
  const factor = DETOUR_FACTORS[leg.mode][terrainOf(from, to)];
  return { km: straight * factor, estimated: true, basis: 'estimate' };
}
