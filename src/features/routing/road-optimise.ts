// Road minutes for the optimiser: one matrix from the worker over the start and the plan's located stops.
import type { RoadCost } from '../../domain/plan/optimize-plan.ts';
import { startEndpoint, type Plan } from '../../domain/plan/plan.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { roadMatrix } from './road-store.ts';
import type { LonLat } from './protocol.ts';

const keyOf = (p: readonly [number, number]): string => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;

/** The road-minute cost of the plan's points, or undefined when the worker cannot answer (then km estimates). */
export async function roadCostFor(plan: Plan, byId: ReadonlyMap<string, SiteFeature>): Promise<RoadCost | undefined> {
  const origin = startEndpoint(plan.start).position;
  const points: LonLat[] = origin === null ? [] : [[origin[0], origin[1]]];
  for (const s of plan.stops) {
    const g = byId.get(s.site)?.geometry;
    if (g != null) points.push([g.coordinates[0], g.coordinates[1]]);
  }
  const unique = [...new Map(points.map((p) => [keyOf(p), p])).values()];
  if (unique.length < 3) return undefined;
  const m = await roadMatrix(unique, 'coach');
  if (m === null) return undefined;
  const index = new Map(unique.map((p, i) => [keyOf(p), i]));
  return (a, b) => {
    const i = index.get(keyOf(a));
    const j = index.get(keyOf(b));
    return i === undefined || j === undefined ? null : (m.minutes[i]?.[j] ?? null);
  };
}
