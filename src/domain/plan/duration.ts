import type { LegMode } from '../schema/route.ts';
import type { Terrain } from './terrain.ts';

/**
 * Average speeds in km/h, including short stops and towns.
 * - coach 45 on the plain: a Hà Nội group reached the ATK (about 140 km) in about 3 hours by coach, mostly on
 *   the expressway and QL3 (NOTES.md §4): 47 km/h overall. 35 in the mountains: narrow, winding ATK roads.
 * - car 55 plain / 40 mountain: a car is a little faster than a coach on the same roads (planning assumption).
 * - walking 3: a class on forest trails and hill paths (slower than the usual 4–5 km/h on flat pavement).
 */
export const SPEEDS_KMH: Readonly<Record<LegMode, Readonly<Record<Terrain, number>>>> = {
  coach: { mountain: 35, plain: 45 },
  car: { mountain: 40, plain: 55 },
  walking: { mountain: 3, plain: 3 },
};

/** Whole minutes to travel `km` (rounded up: a timetable should not promise the impossible). */
export function travelMinutes(km: number, mode: LegMode, terrain: Terrain): number {
  if (!Number.isFinite(km) || km <= 0) return 0;
  return Math.ceil((km / SPEEDS_KMH[mode][terrain]) * 60);
}
