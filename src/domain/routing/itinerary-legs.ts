// The plan's legs as the timetable measured them, for the exports (GPX <trk> along the road, GeoJSON legs with
// basis, km and minutes). Pure.
import type { Plan } from '../plan/plan.ts';
import { startEndpoint } from '../plan/plan.ts';
import type { Timetable } from '../plan/timetable.ts';
import type { SiteFeature } from '../schema/site.ts';
import type { LegBasis } from './leg-basis.ts';

type LonLat = [number, number];

export interface ItineraryLeg {
  from: string;
  to: string;
  basis: LegBasis | null;
  km: number | null;
  minutes: number | null;
  /** The whole leg as drawn: along the road for road legs, else the straight line between its ends. */
  coords: LonLat[];
  /** true when coords follow a road (not a straight line). */
  onRoad: boolean;
}

export function timetableLegs(timetable: Timetable, plan: Plan, byId: ReadonlyMap<string, SiteFeature>): ItineraryLeg[] {
  const origin = startEndpoint(plan.start).position;
  if (origin === null) return [];
  const start: LonLat = [origin[0], origin[1]];
  let last = { id: 'start', at: start };
  const out: ItineraryLeg[] = [];
  const leg = (to: { id: string; at: LonLat }, row: Timetable['rows'][number]): void => {
    if (row.kind === 'lunch') return;
    out.push({
      from: last.id,
      to: to.id,
      basis: row.basis,
      km: row.legKm,
      minutes: row.legMinutes,
      coords: row.path ?? [last.at, to.at],
      onRoad: row.path !== undefined,
    });
    last = to;
  };
  for (const row of timetable.rows) {
    if (row.kind === 'stop') {
      const site = byId.get(row.stop.site);
      if (site === undefined || site.geometry === null) continue;
      leg({ id: site.id, at: [site.geometry.coordinates[0], site.geometry.coordinates[1]] }, row);
    } else if (row.kind === 'return') {
      leg({ id: 'start', at: start }, row);
    }
  }
  return out;
}
