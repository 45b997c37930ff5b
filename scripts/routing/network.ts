// Turns loose road polylines into a routable network: quantise, join ends to nearby lines, split at crossings,
// cut into edges between junctions, bridge short gaps between pieces, drop small islands. Pure (no file access).
import CheapRuler from 'cheap-ruler';
import Flatbush from 'flatbush';
import type { RoadKind } from '../../src/domain/routing/graph-format.ts';
import { COORD_SCALE } from '../../src/domain/routing/graph-format.ts';

export type Lonlat = [number, number];

export interface RoadLine {
  coords: Lonlat[];
  kind: RoadKind;
}

export interface NetworkOptions {
  /** An end within this many metres of another line is joined to it (the OSM 2018 pieces meet only roughly). */
  joinM: number;
  /** After joining, a dead end within this many metres of another component is bridged with a `gap` edge. */
  bridgeM: number;
  /** Components shorter than this (km of road) are dropped as islands. */
  minIslandKm: number;
}

export const DEFAULT_NETWORK_OPTIONS: NetworkOptions = { joinM: 30, bridgeM: 400, minIslandKm: 3 };

export interface NetEdge {
  from: number;
  to: number;
  kind: RoadKind;
  /** Full polyline from the `from` node to the `to` node, in integer units (1e-5°). */
  coords: Lonlat[];
  lengthM: number;
}

export interface NetworkReport {
  inputLines: number;
  crossingsSplit: number;
  endsJoined: number;
  /** Ends moved onto another line by more than a metre, and the largest such move. */
  joinGaps: { count: number; maxM: number };
  bridgedGaps: { count: number; totalM: number; maxM: number };
  islandsDropped: { count: number; km: number };
  nodes: number;
  edges: number;
  components: number;
  totalKm: number;
  largestComponentShare: number;
}

export interface Network {
  nodes: Lonlat[];
  edges: NetEdge[];
  report: NetworkReport;
}

const ruler = new CheapRuler(21.7, 'meters');
const toInt = (v: number): number => Math.round(v * COORD_SCALE);
const key = (p: Lonlat): string => `${p[0]},${p[1]}`;

/** Local planar metres (good to a fraction of a percent across the province at one latitude). */
function xy(p: Lonlat): Lonlat {
  return [(p[0] / COORD_SCALE) * ruler.kx, (p[1] / COORD_SCALE) * ruler.ky];
}
function fromXy(p: Lonlat): Lonlat {
  return [Math.round((p[0] / ruler.kx) * COORD_SCALE), Math.round((p[1] / ruler.ky) * COORD_SCALE)];
}
function distXy(a: Lonlat, b: Lonlat): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

export function lengthM(coords: readonly Lonlat[]): number {
  let m = 0;
  for (let i = 1; i < coords.length; i++) m += distXy(xy(coords[i - 1] as Lonlat), xy(coords[i] as Lonlat));
  return m;
}

/** Closest point on segment ab to p, as [t, point]. */
function closestOnSegment(p: Lonlat, a: Lonlat, b: Lonlat): [number, Lonlat] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return [t, [a[0] + t * dx, a[1] + t * dy]];
}

/** Proper intersection of segments ab and cd (both parameters strictly inside or at ends), or null. */
function intersect(a: Lonlat, b: Lonlat, c: Lonlat, d: Lonlat): [number, number] | null {
  const r0 = b[0] - a[0];
  const r1 = b[1] - a[1];
  const s0 = d[0] - c[0];
  const s1 = d[1] - c[1];
  const den = r0 * s1 - r1 * s0;
  if (Math.abs(den) < 1e-9) return null;
  const t = ((c[0] - a[0]) * s1 - (c[1] - a[1]) * s0) / den;
  const u = ((c[0] - a[0]) * r1 - (c[1] - a[1]) * r0) / den;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? [t, u] : null;
}

interface Cut {
  /** segment index + fraction along it */
  at: number;
  point: Lonlat;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let c = i;
    while (this.parent[c] !== r) {
      const next = this.parent[c] as number;
      this.parent[c] = r;
      c = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Quantise and drop repeated points and lines that collapse to a point. */
function clean(lines: readonly RoadLine[]): RoadLine[] {
  const out: RoadLine[] = [];
  for (const l of lines) {
    const coords: Lonlat[] = [];
    for (const [lon, lat] of l.coords) {
      const p: Lonlat = [toInt(lon), toInt(lat)];
      const last = coords[coords.length - 1];
      if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) coords.push(p);
    }
    if (coords.length >= 2) out.push({ coords, kind: l.kind });
  }
  return out;
}

interface Segments {
  index: Flatbush;
  line: Int32Array;
  seg: Int32Array;
}

function indexSegments(lines: readonly RoadLine[], pad: number): Segments {
  const n = lines.reduce((s, l) => s + l.coords.length - 1, 0);
  const index = new Flatbush(n);
  const line = new Int32Array(n);
  const seg = new Int32Array(n);
  let k = 0;
  lines.forEach((l, li) => {
    for (let j = 0; j + 1 < l.coords.length; j++) {
      const a = xy(l.coords[j] as Lonlat);
      const b = xy(l.coords[j + 1] as Lonlat);
      index.add(Math.min(a[0], b[0]) - pad, Math.min(a[1], b[1]) - pad, Math.max(a[0], b[0]) + pad, Math.max(a[1], b[1]) + pad);
      line[k] = li;
      seg[k] = j;
      k++;
    }
  });
  index.finish();
  return { index, line, seg };
}

/** Moves free ends onto the nearest other line within joinM; returns the cuts this adds to the target lines. */
function joinEnds(lines: RoadLine[], cuts: Cut[][], joinM: number, report: NetworkReport): void {
  const segs = indexSegments(lines, 0);
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as RoadLine;
    for (const end of [0, l.coords.length - 1]) {
      const p = xy(l.coords[end] as Lonlat);
      let best: { d: number; line: number; at: number; point: Lonlat } | null = null;
      for (const k of segs.index.search(p[0] - joinM, p[1] - joinM, p[0] + joinM, p[1] + joinM)) {
        const tl = segs.line[k] as number;
        const ts = segs.seg[k] as number;
        // Not the line's own segment at this end.
        if (tl === li && (end === 0 ? ts === 0 : ts === l.coords.length - 2)) continue;
        const target = lines[tl] as RoadLine;
        const a = xy(target.coords[ts] as Lonlat);
        const b = xy(target.coords[ts + 1] as Lonlat);
        let [t, q] = closestOnSegment(p, a, b);
        // Prefer an existing vertex a few metres away over a new one.
        if (distXy(q, a) < 5) [t, q] = [0, a];
        else if (distXy(q, b) < 5) [t, q] = [1, b];
        const d = distXy(p, q);
        if (d <= joinM && (best === null || d < best.d)) best = { d, line: tl, at: ts + t, point: q };
      }
      if (best === null) continue;
      const point = t0(best.point, lines[best.line] as RoadLine, best.at);
      report.endsJoined++;
      if (best.d > 1) {
        report.joinGaps.count++;
        report.joinGaps.maxM = Math.max(report.joinGaps.maxM, best.d);
      }
      l.coords[end] = point;
      (cuts[best.line] as Cut[]).push({ at: best.at, point });
    }
  }
}

/** The integer point for a position on a line: the vertex itself when at a vertex, so keys match exactly. */
function t0(q: Lonlat, line: RoadLine, at: number): Lonlat {
  if (Number.isInteger(at)) return line.coords[at] as Lonlat;
  return fromXy(q);
}

function splitCrossings(lines: readonly RoadLine[], cuts: Cut[][], report: NetworkReport): void {
  const segs = indexSegments(lines, 0);
  const n = segs.line.length;
  for (let k = 0; k < n; k++) {
    const la = segs.line[k] as number;
    const sa = segs.seg[k] as number;
    const A = lines[la] as RoadLine;
    const a = xy(A.coords[sa] as Lonlat);
    const b = xy(A.coords[sa + 1] as Lonlat);
    for (const m of segs.index.search(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]))) {
      if (m <= k) continue;
      const lb = segs.line[m] as number;
      const sb = segs.seg[m] as number;
      if (lb === la && Math.abs(sb - sa) <= 1) continue;
      const B = lines[lb] as RoadLine;
      const c = xy(B.coords[sb] as Lonlat);
      const d = xy(B.coords[sb + 1] as Lonlat);
      const hit = intersect(a, b, c, d);
      if (hit === null) continue;
      const [t, u] = hit;
      // Shared vertices already join (same integer key); only true crossings need a new point.
      const atA = sa + t;
      const atB = sb + u;
      let point: Lonlat;
      if (t === 0 || t === 1) point = A.coords[sa + t] as Lonlat;
      else if (u === 0 || u === 1) point = B.coords[sb + u] as Lonlat;
      else {
        point = fromXy([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
        report.crossingsSplit++;
      }
      (cuts[la] as Cut[]).push({ at: atA, point });
      (cuts[lb] as Cut[]).push({ at: atB, point });
    }
  }
}

/** Every vertex shared by two lines (same integer key) is a junction as well. */
function sharedVertices(lines: readonly RoadLine[], cuts: Cut[][]): void {
  const seen = new Map<string, number>();
  for (const l of lines) for (const p of l.coords) seen.set(key(p), (seen.get(key(p)) ?? 0) + 1);
  lines.forEach((l, li) => {
    l.coords.forEach((p, j) => {
      if ((seen.get(key(p)) ?? 0) > 1) (cuts[li] as Cut[]).push({ at: j, point: p });
    });
  });
}

function cutIntoEdges(lines: readonly RoadLine[], cuts: Cut[][]): { nodes: Lonlat[]; edges: NetEdge[] } {
  const nodeIds = new Map<string, number>();
  const nodes: Lonlat[] = [];
  const nodeOf = (p: Lonlat): number => {
    const k = key(p);
    let id = nodeIds.get(k);
    if (id === undefined) {
      id = nodes.length;
      nodes.push(p);
      nodeIds.set(k, id);
    }
    return id;
  };
  const edges: NetEdge[] = [];
  lines.forEach((l, li) => {
    const last = l.coords.length - 1;
    const list = [...(cuts[li] as Cut[]), { at: 0, point: l.coords[0] as Lonlat }, { at: last, point: l.coords[last] as Lonlat }];
    list.sort((x, y) => x.at - y.at);
    for (let i = 0; i + 1 < list.length; i++) {
      const c0 = list[i] as Cut;
      const c1 = list[i + 1] as Cut;
      const coords: Lonlat[] = [c0.point];
      for (let j = Math.floor(c0.at) + 1; j < c1.at; j++) coords.push(l.coords[j] as Lonlat);
      coords.push(c1.point);
      const dedup = coords.filter((p, j) => j === 0 || key(p) !== key(coords[j - 1] as Lonlat));
      if (dedup.length < 2) continue;
      const from = nodeOf(dedup[0] as Lonlat);
      const to = nodeOf(dedup[dedup.length - 1] as Lonlat);
      if (from === to && dedup.length < 3) continue;
      edges.push({ from, to, kind: l.kind, coords: dedup, lengthM: lengthM(dedup) });
    }
  });
  return { nodes, edges };
}

/** Joins chains through nodes of degree 2 (two edges of one kind) into single edges. */
function mergeChains(nodes: Lonlat[], edges: NetEdge[]): NetEdge[] {
  const incident: number[][] = nodes.map(() => []);
  edges.forEach((e, i) => {
    (incident[e.from] as number[]).push(i);
    (incident[e.to] as number[]).push(i);
  });
  const alive = edges.map(() => true);
  const list = edges.map((e) => ({ ...e, coords: [...e.coords] }));
  for (let n = 0; n < nodes.length; n++) {
    const inc = (incident[n] as number[]).filter((i) => alive[i]);
    if (inc.length !== 2) continue;
    const [i, j] = inc as [number, number];
    const a = list[i] as NetEdge;
    const b = list[j] as NetEdge;
    if (i === j || a.kind !== b.kind) continue;
    // Orient a to end at n and b to start at n.
    const aCoords = a.to === n ? a.coords : [...a.coords].reverse();
    const aStart = a.to === n ? a.from : a.to;
    const bCoords = b.from === n ? b.coords : [...b.coords].reverse();
    const bEnd = b.from === n ? b.to : b.from;
    if (aStart === n || bEnd === n) continue;
    const merged: NetEdge = { from: aStart, to: bEnd, kind: a.kind, coords: [...aCoords, ...bCoords.slice(1)], lengthM: a.lengthM + b.lengthM };
    list[i] = merged;
    alive[j] = false;
    const endInc = incident[bEnd] as number[];
    endInc[endInc.indexOf(j)] = i;
    incident[n] = [];
  }
  return list.filter((_, i) => alive[i]);
}

function components(nodeCount: number, edges: readonly NetEdge[]): UnionFind {
  const uf = new UnionFind(nodeCount);
  for (const e of edges) uf.union(e.from, e.to);
  return uf;
}

/** Dead ends close to a node of another component get a straight `gap` edge (the nearest such node). */
function bridgeGaps(nodes: Lonlat[], edges: NetEdge[], bridgeM: number, report: NetworkReport): void {
  const uf = components(nodes.length, edges);
  const degree = new Int32Array(nodes.length);
  for (const e of edges) {
    degree[e.from] = (degree[e.from] ?? 0) + 1;
    degree[e.to] = (degree[e.to] ?? 0) + 1;
  }
  const pts = nodes.map(xy);
  const index = new Flatbush(pts.length);
  for (const p of pts) index.add(p[0], p[1], p[0], p[1]);
  index.finish();
  for (let n = 0; n < nodes.length; n++) {
    if (degree[n] !== 1) continue;
    const p = pts[n] as Lonlat;
    const [near] = index.neighbors(p[0], p[1], 1, bridgeM, (m) => degree[m] !== 0 && uf.find(m) !== uf.find(n));
    if (near === undefined) continue;
    const coords: Lonlat[] = [nodes[n] as Lonlat, nodes[near] as Lonlat];
    const m = lengthM(coords);
    edges.push({ from: n, to: near, kind: 'gap', coords, lengthM: m });
    uf.union(n, near);
    report.bridgedGaps.count++;
    report.bridgedGaps.totalM += m;
    report.bridgedGaps.maxM = Math.max(report.bridgedGaps.maxM, m);
  }
}

/** Drops components under minIslandKm and renumbers the nodes that are left. */
function dropIslands(nodes: Lonlat[], edges: NetEdge[], minIslandKm: number, report: NetworkReport): Network {
  const uf = components(nodes.length, edges);
  const km = new Map<number, number>();
  for (const e of edges) km.set(uf.find(e.from), (km.get(uf.find(e.from)) ?? 0) + e.lengthM / 1000);
  const keep = new Set([...km].filter(([, k]) => k >= minIslandKm).map(([c]) => c));
  for (const [c, k] of km) {
    if (keep.has(c)) continue;
    report.islandsDropped.count++;
    report.islandsDropped.km += k;
  }
  const kept = edges.filter((e) => keep.has(uf.find(e.from)));
  const renumber = new Map<number, number>();
  const outNodes: Lonlat[] = [];
  const id = (n: number): number => {
    let r = renumber.get(n);
    if (r === undefined) {
      r = outNodes.length;
      outNodes.push(nodes[n] as Lonlat);
      renumber.set(n, r);
    }
    return r;
  };
  const outEdges = kept.map((e) => ({ ...e, from: id(e.from), to: id(e.to) }));
  const total = outEdges.reduce((s, e) => s + e.lengthM, 0) / 1000;
  const largest = Math.max(0, ...[...km].filter(([c]) => keep.has(c)).map(([, k]) => k));
  report.nodes = outNodes.length;
  report.edges = outEdges.length;
  report.components = keep.size;
  report.totalKm = total;
  report.largestComponentShare = total > 0 ? largest / total : 0;
  return { nodes: outNodes, edges: outEdges, report };
}

export function buildNetwork(input: readonly RoadLine[], options: NetworkOptions = DEFAULT_NETWORK_OPTIONS): Network {
  const report: NetworkReport = {
    inputLines: input.length,
    crossingsSplit: 0,
    endsJoined: 0,
    joinGaps: { count: 0, maxM: 0 },
    bridgedGaps: { count: 0, totalM: 0, maxM: 0 },
    islandsDropped: { count: 0, km: 0 },
    nodes: 0,
    edges: 0,
    components: 0,
    totalKm: 0,
    largestComponentShare: 0,
  };
  const lines = clean(input);
  const cuts: Cut[][] = lines.map(() => []);
  joinEnds(lines, cuts, options.joinM, report);
  splitCrossings(lines, cuts, report);
  sharedVertices(lines, cuts);
  const cut = cutIntoEdges(lines, cuts);
  const merged = mergeChains(cut.nodes, cut.edges);
  bridgeGaps(cut.nodes, merged, options.bridgeM, report);
  return dropIslands(cut.nodes, merged, options.minIslandKm, report);
}
