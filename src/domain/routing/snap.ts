// Nearest point of the road network to a position: a flatbush index over the edges' segments, searched
// nearest first; distances in local metres (cheap-ruler's factors at the position's latitude).
import CheapRuler from 'cheap-ruler';
import Flatbush from 'flatbush';
import type { RoadGraph } from './graph-codec.ts';

export interface Snap {
  edge: number;
  /** Metres along the edge from its `from` node to the snapped point. */
  alongM: number;
  /** The snapped point on the road. */
  point: [number, number];
  /** Straight distance from the position to the road, metres. */
  distanceM: number;
  /** Index of the segment's first polyline point (for slicing the geometry). */
  segment: number;
  /** Fraction along that segment. */
  t: number;
}

export interface SnapIndex {
  index: Flatbush;
  /** segment → edge */
  segmentEdge: Int32Array;
  /** metres along the edge at the start of each segment */
  segmentStartM: Float64Array;
  ruler: CheapRuler;
}

export function buildSnapIndex(g: RoadGraph): SnapIndex {
  const segCount = (g.edgeStart[g.edgeFrom.length] as number) - g.edgeFrom.length;
  const index = new Flatbush(Math.max(1, segCount));
  const segmentEdge = new Int32Array(segCount);
  const segmentStartM = new Float64Array(segCount);
  const ruler = new CheapRuler(g.nodeLonLat[1] ?? 21.7, 'meters');
  let s = 0;
  for (let e = 0; e < g.edgeFrom.length; e++) {
    let along = 0;
    const polyLength = lengthOfEdge(g, e, ruler);
    // Scale the along-edge metres to the stored length so partial edges add up to whole ones.
    const scale = polyLength > 0 ? (g.edgeLengthM[e] as number) / polyLength : 1;
    for (let p = g.edgeStart[e] as number; p + 1 < (g.edgeStart[e + 1] as number); p++) {
      const ax = g.points[p * 2] as number;
      const ay = g.points[p * 2 + 1] as number;
      const bx = g.points[p * 2 + 2] as number;
      const by = g.points[p * 2 + 3] as number;
      index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
      segmentEdge[s] = e;
      segmentStartM[s] = along;
      along += ruler.distance([ax, ay], [bx, by]) * scale;
      s++;
    }
  }
  if (segCount === 0) index.add(0, 0, 0, 0);
  index.finish();
  return { index, segmentEdge, segmentStartM, ruler };
}

function lengthOfEdge(g: RoadGraph, e: number, ruler: CheapRuler): number {
  let m = 0;
  for (let p = g.edgeStart[e] as number; p + 1 < (g.edgeStart[e + 1] as number); p++) {
    m += ruler.distance([g.points[p * 2] as number, g.points[p * 2 + 1] as number], [g.points[p * 2 + 2] as number, g.points[p * 2 + 3] as number]);
  }
  return m;
}

/** The first polyline point index of segment s (segments of edge e are numbered after those of edges < e). */
function segmentPoint(g: RoadGraph, s: number, edge: number): number {
  // Edge e's segments start at edgeStart[e] - e (one fewer segment than points per edge).
  return s - ((g.edgeStart[edge] as number) - edge) + (g.edgeStart[edge] as number);
}

/** Nearest road point within maxM metres (default 50 km), or null. */
export function snapToRoad(g: RoadGraph, si: SnapIndex, lon: number, lat: number, maxM = 50_000): Snap | null {
  let best: Snap | null = null;
  // flatbush's neighbours are by box distance in degrees; take a few candidates and measure them in metres.
  const candidates = si.index.neighbors(lon, lat, 16, maxM / 100_000 * 1.5);
  for (const s of candidates) {
    const edge = si.segmentEdge[s] as number;
    const p = segmentPoint(g, s, edge);
    const a: [number, number] = [g.points[p * 2] as number, g.points[p * 2 + 1] as number];
    const b: [number, number] = [g.points[p * 2 + 2] as number, g.points[p * 2 + 3] as number];
    const [point, t] = closest(si.ruler, [lon, lat], a, b);
    const distanceM = si.ruler.distance([lon, lat], point);
    if (distanceM > maxM || (best !== null && distanceM >= best.distanceM)) continue;
    const segStart = si.segmentStartM[s] as number;
    const segEnd = s + 1 < si.segmentEdge.length && si.segmentEdge[s + 1] === edge ? (si.segmentStartM[s + 1] as number) : (g.edgeLengthM[edge] as number);
    best = { edge, alongM: segStart + t * (segEnd - segStart), point, distanceM, segment: p, t };
  }
  return best;
}

function closest(ruler: CheapRuler, p: [number, number], a: [number, number], b: [number, number]): [[number, number], number] {
  const kx = ruler.kx;
  const ky = ruler.ky;
  const dx = (b[0] - a[0]) * kx;
  const dy = (b[1] - a[1]) * ky;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (((p[0] - a[0]) * kx) * dx + ((p[1] - a[1]) * ky) * dy) / len2));
  return [[a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], t];
}
