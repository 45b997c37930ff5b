import type { Terrain } from '../plan/terrain.ts';
import type { RoadKind } from './graph-format.ts';

export type RoadMode = 'coach' | 'car';

/**
 * Average road speeds in km/h by road kind, terrain and vehicle, stops and villages included. Planning
 * assumptions, not measurements (no source in ../shared/facts gives a speed per road); they are set against the
 * one sourced trip time and the detour-based speeds of src/domain/plan/duration.ts:
 * - `national` (QL3, QL37…): coach 50 on the plain, 40 in the hills; car 60 / 45. A Hà Nội group reached the ATK,
 *   about 140 km, in about 3 h by coach, mostly on the expressway and QL3 (NOTES.md §4): 47 km/h overall.
 * - `road` (the unclassified OSM 2018 pieces: provincial roads such as ĐT254/ĐT264, commune roads): coach 40 / 28,
 *   car 50 / 38. The ATK roads are narrow and winding; a coach loses more on them than a car does.
 * - `gap`: a connector the build bridged; driven like the road around it.
 * - OSM classes (graphs built from a current extract): from motorway 80/90 down to track 10/15 on the plain;
 *   the hills take 75 % of that for a coach and 85 % for a car.
 * "Mountain" is the rule of src/domain/plan/terrain.ts applied to the edge's middle (west of 105.70°E or
 * east of 106.00°E).
 */
const PLAIN: Record<RoadKind, Record<RoadMode, number>> = {
  national: { coach: 50, car: 60 },
  road: { coach: 40, car: 50 },
  gap: { coach: 40, car: 50 },
  motorway: { coach: 80, car: 90 },
  trunk: { coach: 55, car: 65 },
  primary: { coach: 50, car: 60 },
  secondary: { coach: 42, car: 52 },
  tertiary: { coach: 38, car: 48 },
  unclassified: { coach: 32, car: 40 },
  residential: { coach: 20, car: 25 },
  service: { coach: 15, car: 20 },
  track: { coach: 10, car: 15 },
};
const MOUNTAIN_OVERRIDES: Partial<Record<RoadKind, Record<RoadMode, number>>> = {
  national: { coach: 40, car: 45 },
  road: { coach: 28, car: 38 },
  gap: { coach: 28, car: 38 },
};
const MOUNTAIN_SHARE: Record<RoadMode, number> = { coach: 0.75, car: 0.85 };

export function roadSpeedKmh(kind: RoadKind, terrain: Terrain, mode: RoadMode): number {
  if (terrain === 'plain') return PLAIN[kind][mode];
  return MOUNTAIN_OVERRIDES[kind]?.[mode] ?? PLAIN[kind][mode] * MOUNTAIN_SHARE[mode];
}

/** Minutes (not rounded) to drive `metres` on one kind of road. */
export function roadMinutes(metres: number, kind: RoadKind, terrain: Terrain, mode: RoadMode): number {
  return (metres / 1000 / roadSpeedKmh(kind, terrain, mode)) * 60;
}
