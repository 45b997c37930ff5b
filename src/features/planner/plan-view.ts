import type { Lang } from '../../domain/schema/common.ts';
import type { Route } from '../../domain/schema/route.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { Timetable } from '../../domain/plan/timetable.ts';
import type { RouteSummary } from '../../domain/plan/summarize-route.ts';
import { START_PRESETS, type PlanStart } from '../../domain/plan/plan.ts';
import type { LegBasis } from '../../domain/routing/leg-basis.ts';
import { lineMidpoint } from './leg-midpoint.ts';

/** Pure view helpers of the planner: numbers in words, and the plan or a route as map features. */

export type LonLat = [number, number];

export interface LegText {
  km: number | null;
  minutes: number | null;
  estimated: boolean;
  /** How the figure was found (road routing, issue 12); an estimate says so whatever this is. */
  basis?: LegBasis | null;
  /** The road figure beside a sourced distance that differs from it by more than 20 %. */
  roadKm?: number;
  offRoadEstimate?: boolean;
}

/** Words for the leg's basis; absent words leave the basis unsaid (as before road routing). */
export interface BasisWords {
  byRoad?: string;
  sourced?: string;
  roadBeside?: (km: string) => string;
  offRoad?: string;
}

export interface Formatters {
  km: (km: number) => string;
  duration: (minutes: number) => string;
  /** "23 km · 35 phút (ước tính)"; unknown: "? km". */
  leg: (leg: LegText) => string;
}

export function formatters(lang: Lang, words: { estimated: string; unknown: string; hours: string; minutes: string } & BasisWords): Formatters {
  const num = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  const km = (v: number) => `${num.format(v < 10 ? Math.round(v * 10) / 10 : Math.round(v))} km`;
  const duration = (m: number) => {
    const h = Math.floor(m / 60);
    const r = Math.round(m % 60);
    if (h === 0) return `${r} ${words.minutes}`;
    return r === 0 ? `${h} ${words.hours}` : `${h} ${words.hours} ${r} ${words.minutes}`;
  };
  const leg = (l: LegText) => {
    if (l.km === null) return words.unknown;
    const base = l.minutes === null ? km(l.km) : `${km(l.km)} · ${duration(l.minutes)}`;
    if (l.estimated) return `${base} (${words.estimated})`;
    const note = basisNote(l, words, km);
    return note === null ? base : `${base} (${note})`;
  };
  return { km, duration, leg };
}

function basisNote(l: LegText, words: BasisWords, km: (v: number) => string): string | null {
  if (l.basis === 'road' && words.byRoad !== undefined) return l.offRoadEstimate === true && words.offRoad !== undefined ? `${words.byRoad}, ${words.offRoad}` : words.byRoad;
  if (l.basis === 'source' && l.roadKm !== undefined && words.roadBeside !== undefined) return words.roadBeside(km(l.roadKm));
  if (l.basis === 'source' && words.sourced !== undefined) return words.sourced;
  return null;
}

export interface MapStop {
  order: number;
  site: string;
  name: string;
  position: LonLat;
}

export interface MapLeg {
  from: LonLat;
  to: LonLat;
  label: string;
  estimated: boolean;
  kind: 'leg' | 'return';
  /** A drawn path, when the data has one. */
  path?: LonLat[];
}

type Props = Record<string, string | number | boolean>;
interface Feature<G> {
  type: 'Feature';
  geometry: G;
  properties: Props;
}
export interface PlanMapData {
  lines: { type: 'FeatureCollection'; features: Feature<{ type: 'LineString'; coordinates: LonLat[] }>[] };
  points: { type: 'FeatureCollection'; features: Feature<{ type: 'Point'; coordinates: LonLat }>[] };
  /** One point per leg, halfway along it, carrying its label: the map sets the text beside the line, not on it. */
  legLabels: { type: 'FeatureCollection'; features: Feature<{ type: 'Point'; coordinates: LonLat }>[] };
  /** Every stop's site (merged circles included): the map leaves their own site labels out, the plan names them. */
  siteIds: string[];
  /** [[west, south], [east, north]] of everything drawn; null when nothing has a position. */
  bounds: [LonLat, LonLat] | null;
}


/** Stops closer than this (km) are drawn as one circle: a few metres apart they would hide each other's number. */
export const MERGE_STOPS_KM = 0.05;

function nearKm(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const x = (b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = b[1] - a[1];
  return Math.hypot(x, y) * rad * 6371;
}

/**
 * Stops, legs and the start as GeoJSON for the map. Stops on one point (sites sharing a placeholder position, or
 * a few metres apart) become one circle labelled with all their numbers ("2·3"), so no number hides under another.
 */
export function toPlanMapData(stops: readonly MapStop[], legs: readonly MapLeg[], start?: { name: string; position: LonLat }): PlanMapData {
  const groups: MapStop[][] = [];
  for (const s of stops) {
    const g = groups.find((x) => nearKm((x[0] as MapStop).position, s.position) < MERGE_STOPS_KM);
    if (g === undefined) groups.push([s]);
    else g.push(s);
  }
  const points: PlanMapData['points']['features'] = [];
  if (start !== undefined) {
    points.push({ type: 'Feature', geometry: { type: 'Point', coordinates: start.position }, properties: { kind: 'start', label: '', name: start.name } });
  }
  for (const g of groups) {
    const first = g[0] as MapStop;
    points.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: first.position },
      properties: {
        kind: 'stop',
        label: g.map((s) => String(s.order)).join('·'),
        name: [...new Set(g.map((s) => s.name))].join(' / '),
        site: first.site,
        order: first.order,
      },
    });
  }
  const lines: PlanMapData['lines']['features'] = legs
    .filter((l) => l.path !== undefined || nearKm(l.from, l.to) >= MERGE_STOPS_KM)
    .map((l) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: l.path ?? [l.from, l.to] },
      properties: { kind: l.kind, label: l.label, estimated: l.estimated },
    }));
  const legLabels: PlanMapData['legLabels']['features'] = [];
  for (const l of lines) {
    const mid = lineMidpoint(l.geometry.coordinates);
    if (mid !== null && l.properties['label'] !== '') {
      legLabels.push({ type: 'Feature', geometry: { type: 'Point', coordinates: mid.at }, properties: { ...l.properties, run: mid.run, minzoom: Math.round(mid.minzoom * 100) / 100 } });
    }
  }
  const all: LonLat[] = [...points.map((p) => p.geometry.coordinates), ...lines.flatMap((l) => l.geometry.coordinates)];
  let bounds: PlanMapData['bounds'] = null;
  if (all.length > 0) {
    const lons = all.map((p) => p[0]);
    const lats = all.map((p) => p[1]);
    bounds = [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ];
  }
  return {
    lines: { type: 'FeatureCollection', features: lines },
    points: { type: 'FeatureCollection', features: points },
    legLabels: { type: 'FeatureCollection', features: legLabels },
    siteIds: [...new Set(stops.map((s) => s.site))],
    bounds,
  };
}

export function startPosition(start: PlanStart): LonLat {
  if (start.kind === 'point') return [start.lon, start.lat];
  const p = START_PRESETS[start.id];
  return [p.lon, p.lat];
}

export function siteName(site: SiteFeature, lang: Lang): string {
  return (site.properties.shortName ?? site.properties.name)[lang];
}

/**
 * The plan's legs as the timetable measured them: from the last located point to each located stop, then home.
 * Mirrors buildTimetable's walk (an unlocated stop has no leg and the next leg starts from the last point).
 */
export function planMapData(
  timetable: Timetable,
  byId: ReadonlyMap<string, SiteFeature>,
  start: { name: string; position: LonLat },
  lang: Lang,
  fmt: Formatters,
): PlanMapData {
  const stops: MapStop[] = [];
  const legs: MapLeg[] = [];
  let last: LonLat = start.position;
  for (const row of timetable.rows) {
    if (row.kind === 'lunch') continue;
    if (row.kind === 'stop') {
      const site = byId.get(row.stop.site);
      if (site === undefined || site.geometry === null) continue;
      const at: LonLat = [site.geometry.coordinates[0], site.geometry.coordinates[1]];
      stops.push({ order: row.index + 1, site: site.id, name: siteName(site, lang), position: at });
      legs.push({ from: last, to: at, label: fmt.leg(legText(row)), estimated: row.estimated, kind: 'leg', ...(row.path === undefined ? {} : { path: row.path }) });
      last = at;
    } else {
      legs.push({
        from: last,
        to: start.position,
        label: fmt.leg(legText(row)),
        estimated: row.estimated,
        kind: 'return',
        ...(row.path === undefined ? {} : { path: row.path }),
      });
    }
  }
  return toPlanMapData(stops, legs, start);
}

/** A timetable row's leg in the words of the formatters (basis and road notes included). */
export function legText(row: { legKm: number | null; legMinutes: number | null; estimated: boolean; basis: LegBasis | null; offRoadEstimate?: boolean }): LegText {
  return { km: row.legKm, minutes: row.legMinutes, estimated: row.estimated, basis: row.basis, ...(row.offRoadEstimate === true ? { offRoadEstimate: true } : {}) };
}

/** A curated route: its stops in order (a hub visited again gets each of its numbers) and its legs. */
export function routeMapData(route: Route, summary: RouteSummary, byId: ReadonlyMap<string, SiteFeature>, lang: Lang, fmt: Formatters): PlanMapData {
  const stops: MapStop[] = [];
  route.stops.forEach((s, i) => {
    const site = byId.get(s.site);
    if (site?.geometry == null) return;
    stops.push({ order: i + 1, site: site.id, name: siteName(site, lang), position: [site.geometry.coordinates[0], site.geometry.coordinates[1]] });
  });
  const legs: MapLeg[] = [];
  route.legs.forEach((leg, i) => {
    const a = byId.get(route.stops[i]?.site ?? '');
    const b = byId.get(route.stops[i + 1]?.site ?? '');
    if (a?.geometry == null || b?.geometry == null) return;
    const s = summary.legs[i];
    legs.push({
      from: [a.geometry.coordinates[0], a.geometry.coordinates[1]],
      to: [b.geometry.coordinates[0], b.geometry.coordinates[1]],
      label: fmt.leg({ km: s?.km ?? null, minutes: s?.minutes ?? null, estimated: s?.estimated ?? true, basis: s?.basis ?? null, ...(s?.roadKm === undefined ? {} : { roadKm: s.roadKm }), ...(s?.offRoadEstimate === true ? { offRoadEstimate: true } : {}) }),
      estimated: s?.estimated ?? true,
      kind: 'leg',
      ...(leg.geometry !== undefined
        ? { path: leg.geometry.coordinates.map(([lon, lat]): LonLat => [lon, lat]) }
        : s?.path !== undefined
          ? { path: s.path }
          : {}),
    });
  });
  return toPlanMapData(stops, legs);
}

/** Today's date in the visitor's time zone, YYYY-MM-DD (for the sunset warning). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
