// Shortest road routes over the decoded graph: ngraph.graph holds the network, ngraph.path's A* searches it
// with minutes as the weight. Start and end are snapped onto the nearest road and joined to the network by
// temporary nodes, so a route starts and ends where the road passes the site, not at a far junction.
import createGraph, { type Graph } from 'ngraph.graph';
import { aStar, type PathFinder } from 'ngraph.path';
import { ROAD_KINDS, type RoadKind } from './graph-format.ts';
import type { RoadGraph } from './graph-codec.ts';
import { buildSnapIndex, snapToRoad, type Snap, type SnapIndex } from './snap.ts';
import { roadMinutes, roadSpeedKmh, type RoadMode } from './speeds.ts';

type Lonlat = [number, number];

/** A site farther than this from any road gets its last stretch as an estimate (issue 12: "about 1 km"). */
export const OFF_ROAD_HONEST_M = 1000;
/** Positions farther than this from every road are not routed at all. */
export const MAX_SNAP_M = 15_000;

export interface RoadRoute {
  /** Road metres between the two snapped points. */
  roadM: number;
  /** Straight metres from each end to its road (the access stretches, not on the road graph). */
  accessM: [number, number];
  /** true when an end is farther than OFF_ROAD_HONEST_M from the road: that stretch is an estimate. */
  offRoadEstimate: boolean;
  km: number;
  minutes: number;
  /** The drawn line: position → road → … → road → position. */
  coords: Lonlat[];
  /** Road metres by kind (how much of the route is on a Quốc lộ, on minor roads, on bridged gaps). */
  kindM: Partial<Record<RoadKind, number>>;
}

interface LinkData {
  /** The edge this link follows (a temporary link follows part of its snap's edge). */
  edge: number;
  minutes: Record<RoadMode, number>;
  metres: number;
}

interface Found {
  roadM: number;
  minutes: number;
  /** Real nodes passed, in order (empty when both ends are on one edge). */
  nodes: number[];
  kindM: Partial<Record<RoadKind, number>>;
}

export interface Router {
  graph: RoadGraph;
  snap(lon: number, lat: number): Snap | null;
  route(from: Lonlat, to: Lonlat, mode: RoadMode): RoadRoute | null;
  /** Road minutes and km between every pair of points (null where no route); [i][j], 0 on the diagonal. */
  matrix(points: readonly Lonlat[], mode: RoadMode): { minutes: (number | null)[][]; km: (number | null)[][] };
}

const ACCESS_KIND = ROAD_KINDS[1]; // 'road': the access stretch is driven (or walked) like a minor road

function edgeMinutes(g: RoadGraph, e: number, metres: number, mode: RoadMode): number {
  return roadMinutes(metres, g.edgeKind[e] ?? 'road', g.edgeMountain[e] === 1 ? 'mountain' : 'plain', mode);
}

export function createRouter(g: RoadGraph): Router {
  const si: SnapIndex = buildSnapIndex(g);
  const net: Graph<Lonlat, LinkData> = createGraph<Lonlat, LinkData>();
  const n = g.nodeLonLat.length / 2;
  for (let i = 0; i < n; i++) net.addNode(i, [g.nodeLonLat[i * 2] as number, g.nodeLonLat[i * 2 + 1] as number]);
  for (let e = 0; e < g.edgeFrom.length; e++) {
    const from = g.edgeFrom[e] as number;
    const to = g.edgeTo[e] as number;
    if (from === to) continue;
    const metres = g.edgeLengthM[e] as number;
    const data: LinkData = { edge: e, metres, minutes: { coach: edgeMinutes(g, e, metres, 'coach'), car: edgeMinutes(g, e, metres, 'car') } };
    // Parallel edges: keep the quicker one (ngraph keeps one link per pair and direction otherwise).
    const existing = net.getLink(from, to) ?? net.getLink(to, from);
    if (existing !== null && existing !== undefined) {
      if (existing.data.minutes.car <= data.minutes.car) continue;
      net.removeLink(existing);
    }
    net.addLink(from, to, data);
  }
  // Heuristic: straight metres at the fastest speed in the graph (admissible, so A* stays exact).
  const fastest: Record<RoadMode, number> = { coach: 1, car: 1 };
  for (const mode of ['coach', 'car'] as const) {
    for (const kind of g.header.kinds) fastest[mode] = Math.max(fastest[mode], roadSpeedKmh(kind, 'plain', mode));
  }
  const finders: Record<RoadMode, PathFinder<Lonlat>> = {
    coach: finder('coach'),
    car: finder('car'),
  };
  function finder(mode: RoadMode): PathFinder<Lonlat> {
    return aStar<Lonlat, LinkData>(net, {
      distance: (_a, _b, link) => link.data.minutes[mode],
      heuristic: (a, b) => (si.ruler.distance(a.data, b.data) / 1000 / fastest[mode]) * 60,
    });
  }

  let tempId = n;
  /** Adds a temporary node at a snap and links it to both ends of its edge; returns its id and a remover. */
  function attach(s: Snap): { id: number; remove: () => void } {
    const id = tempId++;
    net.addNode(id, s.point);
    const e = s.edge;
    const len = g.edgeLengthM[e] as number;
    const parts: [number, number][] = [
      [g.edgeFrom[e] as number, s.alongM],
      [g.edgeTo[e] as number, Math.max(0, len - s.alongM)],
    ];
    for (const [node, metres] of parts) {
      net.addLink(id, node, { edge: e, metres, minutes: { coach: edgeMinutes(g, e, metres, 'coach'), car: edgeMinutes(g, e, metres, 'car') } });
    }
    return { id, remove: () => net.removeNode(id) };
  }

  function accessMinutes(m: number, mode: RoadMode): number {
    return roadMinutes(m, ACCESS_KIND, 'mountain', mode);
  }

  function routeSnapped(a: Snap, b: Snap, mode: RoadMode): Found | null {
    if (a.edge === b.edge) {
      const metres = Math.abs(a.alongM - b.alongM);
      const kind = g.edgeKind[a.edge] ?? 'road';
      const direct: Found = { roadM: metres, minutes: edgeMinutes(g, a.edge, metres, mode), nodes: [], kindM: { [kind]: metres } };
      // Along the shared edge is usually the answer; a loop road may be quicker the other way round.
      const around = searchAttached(a, b, mode);
      return around !== null && around.minutes < direct.minutes ? around : direct;
    }
    return searchAttached(a, b, mode);
  }

  function searchAttached(a: Snap, b: Snap, mode: RoadMode): Found | null {
    const ta = attach(a);
    const tb = attach(b);
    try {
      const path = finders[mode].find(ta.id, tb.id);
      if (path.length < 2) return null;
      const ids = path.map((p) => p.id as number).reverse();
      let roadM = 0;
      let minutes = 0;
      const kindM: Partial<Record<RoadKind, number>> = {};
      for (let i = 0; i + 1 < ids.length; i++) {
        const link = net.getLink(ids[i] as number, ids[i + 1] as number) ?? net.getLink(ids[i + 1] as number, ids[i] as number);
        if (link === null || link === undefined) return null;
        roadM += link.data.metres;
        minutes += link.data.minutes[mode];
        const kind = g.edgeKind[link.data.edge] ?? 'road';
        kindM[kind] = (kindM[kind] ?? 0) + link.data.metres;
      }
      return { roadM, minutes, nodes: ids.slice(1, -1), kindM };
    } finally {
      ta.remove();
      tb.remove();
    }
  }

  function geometry(a: Snap, b: Snap, nodes: readonly number[]): Lonlat[] {
    if (nodes.length === 0) return slice(g, a.edge, a.alongM, b.alongM, si);
    const out: Lonlat[] = [];
    const first = nodes[0] as number;
    out.push(...slice(g, a.edge, a.alongM, g.edgeFrom[a.edge] === first ? 0 : (g.edgeLengthM[a.edge] as number), si));
    for (let i = 0; i + 1 < nodes.length; i++) {
      const u = nodes[i] as number;
      const v = nodes[i + 1] as number;
      const link = net.getLink(u, v) ?? net.getLink(v, u);
      if (link === null || link === undefined) continue;
      out.push(...edgePoints(g, link.data.edge, g.edgeFrom[link.data.edge] === u));
    }
    const last = nodes[nodes.length - 1] as number;
    out.push(...slice(g, b.edge, g.edgeFrom[b.edge] === last ? 0 : (g.edgeLengthM[b.edge] as number), b.alongM, si));
    return out.filter((p, i) => i === 0 || p[0] !== out[i - 1]?.[0] || p[1] !== out[i - 1]?.[1]);
  }

  function snap(lon: number, lat: number): Snap | null {
    return snapToRoad(g, si, lon, lat, MAX_SNAP_M);
  }

  function route(from: Lonlat, to: Lonlat, mode: RoadMode): RoadRoute | null {
    const a = snap(from[0], from[1]);
    const b = snap(to[0], to[1]);
    if (a === null || b === null) return null;
    const found = routeSnapped(a, b, mode);
    if (found === null) return null;
    const accessM: [number, number] = [a.distanceM, b.distanceM];
    const minutes = found.minutes + accessMinutes(a.distanceM, mode) + accessMinutes(b.distanceM, mode);
    return {
      roadM: found.roadM,
      accessM,
      offRoadEstimate: accessM.some((m) => m > OFF_ROAD_HONEST_M),
      km: (found.roadM + a.distanceM + b.distanceM) / 1000,
      minutes,
      coords: [from, ...geometry(a, b, found.nodes), to],
      kindM: found.kindM,
    };
  }

  function matrix(points: readonly Lonlat[], mode: RoadMode): { minutes: (number | null)[][]; km: (number | null)[][] } {
    const snaps = points.map((p) => snap(p[0], p[1]));
    const minutes: (number | null)[][] = [];
    const km: (number | null)[][] = [];
    snaps.forEach((a, i) => {
      minutes.push([]);
      km.push([]);
      snaps.forEach((b, j) => {
        const r = i === j || a === null || b === null ? null : routeSnapped(a, b, mode);
        if (i === j) {
          minutes[i]?.push(0);
          km[i]?.push(0);
        } else if (a === null || b === null || r === null) {
          minutes[i]?.push(null);
          km[i]?.push(null);
        } else {
          minutes[i]?.push(r.minutes + accessMinutes(a.distanceM, mode) + accessMinutes(b.distanceM, mode));
          km[i]?.push((r.roadM + a.distanceM + b.distanceM) / 1000);
        }
      });
    });
    return { minutes, km };
  }

  return { graph: g, snap, route, matrix };
}

/** Edge e's polyline, forwards or backwards. */
function edgePoints(g: RoadGraph, e: number, forward: boolean): Lonlat[] {
  const out: Lonlat[] = [];
  for (let p = g.edgeStart[e] as number; p < (g.edgeStart[e + 1] as number); p++) out.push([g.points[p * 2] as number, g.points[p * 2 + 1] as number]);
  return forward ? out : out.reverse();
}

/** The part of edge e between two along-edge offsets (metres), in the order from → to. */
function slice(g: RoadGraph, e: number, fromM: number, toM: number, si: SnapIndex): Lonlat[] {
  const pts = edgePoints(g, e, true);
  const total = (g.edgeLengthM[e] as number) || 1;
  // Cumulative metres along the polyline, scaled to the stored length.
  const cum: number[] = [0];
  for (let i = 1; i < pts.length; i++) cum.push((cum[i - 1] as number) + si.ruler.distance(pts[i - 1] as Lonlat, pts[i] as Lonlat));
  const scale = (cum[cum.length - 1] as number) > 0 ? total / (cum[cum.length - 1] as number) : 1;
  const at = (m: number): Lonlat => {
    for (let i = 1; i < pts.length; i++) {
      const c0 = (cum[i - 1] as number) * scale;
      const c1 = (cum[i] as number) * scale;
      if (m <= c1 || i === pts.length - 1) {
        const t = c1 > c0 ? Math.max(0, Math.min(1, (m - c0) / (c1 - c0))) : 0;
        const a = pts[i - 1] as Lonlat;
        const b = pts[i] as Lonlat;
        return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      }
    }
    return pts[0] as Lonlat;
  };
  const lo = Math.min(fromM, toM);
  const hi = Math.max(fromM, toM);
  const inner = pts.filter((_, i) => (cum[i] as number) * scale > lo && (cum[i] as number) * scale < hi);
  const line = [at(lo), ...inner, at(hi)];
  return fromM <= toM ? line : line.reverse();
}
