import type { LegMode, Route } from '../schema/route.ts';
import type { SiteFeature } from '../schema/site.ts';
import { resolveLeg, type LegBasis, type RoadLookup } from '../routing/leg-basis.ts';
import { endpointOfSite, type Endpoint } from './endpoint.ts';
import { terrainOf, type Terrain } from './terrain.ts';

export interface LegSummary {
  from: string;
  to: string;
  mode: LegMode;
  terrain: Terrain;
  /** null when the leg cannot be measured (an end unknown or without position and nothing sourced). */
  km: number | null;
  minutes: number | null;
  estimated: boolean;
  basis: LegBasis | null;
  /** The road to draw, for a leg that has no drawn geometry and a road route. */
  path?: [number, number][];
  /** A sourced distance that differs from the road by more than 20 %: the road figure, shown beside it. */
  roadKm?: number;
  offRoadEstimate?: boolean;
}

export interface RouteSummary {
  legs: LegSummary[];
  totalKm: number;
  travelMinutes: number;
  visitMinutes: number;
  totalMinutes: number;
  /** Legs whose km is a great-circle estimate. */
  estimatedLegs: number;
  /** Legs that could not be measured at all (excluded from the totals). */
  unmeasuredLegs: number;
  /** Part of totalKm that comes from sources or drawn geometry. */
  knownKm: number;
}

const UNKNOWN: Endpoint = { position: null };

/**
 * Distances, durations and totals of a curated route. Pure; sites are looked up by id. With `roads`, legs that
 * have no sourced distance or drawn geometry follow the road (and sourced ones get the road drawn beside them).
 */
export function summarizeRoute(route: Route, sites: readonly SiteFeature[], roads?: RoadLookup): RouteSummary {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const endpoint = (id: string): Endpoint => {
    const s = byId.get(id);
    return s === undefined ? UNKNOWN : endpointOfSite(s);
  };
  const legs: LegSummary[] = route.legs.map((leg, i) => {
    const fromId = route.stops[i]?.site ?? '';
    const toId = route.stops[i + 1]?.site ?? '';
    const from = endpoint(fromId);
    const to = endpoint(toId);
    const terrain = terrainOf(from, to);
    const road =
      roads !== undefined && leg.mode !== 'walking' && from.position !== null && to.position !== null ? roads(from.position, to.position, leg.mode) : null;
    const d = resolveLeg(from, to, leg, road);
    const out: LegSummary = {
      from: fromId,
      to: toId,
      mode: leg.mode,
      terrain,
      km: d?.km ?? null,
      minutes: d?.minutes ?? null,
      estimated: d?.estimated ?? true,
      basis: d?.basis ?? null,
    };
    if (d?.coords !== undefined && d.basis !== 'geometry') out.path = d.coords;
    if (d?.roadKm !== undefined) out.roadKm = d.roadKm;
    if (d?.offRoadEstimate === true) out.offRoadEstimate = true;
    return out;
  });
  const totalKm = legs.reduce((s, l) => s + (l.km ?? 0), 0);
  const knownKm = legs.reduce((s, l) => s + (l.km !== null && !l.estimated ? l.km : 0), 0);
  const travel = legs.reduce((s, l) => s + (l.minutes ?? 0), 0);
  const visit = route.stops.reduce((s, st) => s + st.minutes, 0);
  return {
    legs,
    totalKm,
    knownKm,
    travelMinutes: travel,
    visitMinutes: visit,
    totalMinutes: travel + visit,
    estimatedLegs: legs.filter((l) => l.km !== null && l.estimated).length,
    unmeasuredLegs: legs.filter((l) => l.km === null).length,
  };
}
