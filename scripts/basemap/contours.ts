// Contour lines from the elevation grid by marching squares, joined into long lines.
import type { BBox } from './coverage.ts';
import { demWindow, type Dem } from './dem.ts';
import type { Position } from './geojson.ts';

export interface Contour {
  ele: number;
  line: Position[];
}

// For each of the 16 corner cases (tl=8, tr=4, br=2, bl=1 above the level): pairs of crossed edges.
// Edges: 0 top, 1 right, 2 bottom, 3 left.
const CASES: readonly (readonly [number, number])[][] = [
  [], [[3, 2]], [[2, 1]], [[3, 1]], [[0, 1]], [[3, 0], [2, 1]], [[0, 2]], [[3, 0]],
  [[3, 0]], [[0, 2]], [[0, 1], [3, 2]], [[0, 1]], [[3, 1]], [[2, 1]], [[3, 2]], [],
];

interface Window {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  h: Float32Array;
}

/** The posts inside the box, smoothed with a 3×3 mean so that lines do not zigzag along the 90 m grid. */
function windowOf(dem: Dem, b: BBox): Window {
  const { r0, c0, rows, cols } = demWindow(dem, b);
  const h = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let sum = 0;
      let n = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const rr = r0 + r + dr;
          const cc = c0 + c + dc;
          if (rr < 0 || cc < 0 || rr >= dem.size || cc >= dem.size) continue;
          sum += dem.heights[rr * dem.size + cc] ?? 0;
          n++;
        }
      }
      h[r * cols + c] = sum / n;
    }
  }
  return { r0, c0, rows, cols, h };
}

export function contours(dem: Dem, b: BBox, interval: number): Contour[] {
  const w = windowOf(dem, b);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of w.h) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  const out: Contour[] = [];
  for (let ele = Math.ceil(lo / interval) * interval; ele <= hi; ele += interval) {
    if (ele <= 0) continue;
    for (const line of traceLevel(dem, w, ele)) out.push({ ele, line });
  }
  return out;
}

function traceLevel(dem: Dem, w: Window, level: number): Position[][] {
  const { rows, cols, h } = w;
  const at = (r: number, c: number): number => h[r * cols + c] ?? 0;
  // Edge ids: horizontal edge right of post (r,c) = 2*(r*cols+c), vertical edge below it = that + 1.
  const point = (edge: number): Position => {
    const post = edge >> 1;
    const r = Math.floor(post / cols);
    const c = post % cols;
    const v1 = at(r, c);
    const v2 = edge & 1 ? at(r + 1, c) : at(r, c + 1);
    const t = (level - v1) / (v2 - v1);
    const fr = w.r0 + r + (edge & 1 ? t : 0);
    const fc = w.c0 + c + (edge & 1 ? 0 : t);
    return [round6(dem.west + fc * dem.step), round6(dem.north - fr * dem.step)];
  };
  const segA: number[] = [];
  const segB: number[] = [];
  const byEdge = new Map<number, number[]>();
  const link = (edge: number, seg: number): void => {
    const list = byEdge.get(edge);
    if (list) list.push(seg);
    else byEdge.set(edge, [seg]);
  };
  for (let r = 0; r < rows - 1; r++) {
    for (let c = 0; c < cols - 1; c++) {
      const k =
        (at(r, c) > level ? 8 : 0) | (at(r, c + 1) > level ? 4 : 0) | (at(r + 1, c + 1) > level ? 2 : 0) | (at(r + 1, c) > level ? 1 : 0);
      const cells = CASES[k] ?? [];
      if (cells.length === 0) continue;
      const edges = [2 * (r * cols + c), 2 * (r * cols + c + 1) + 1, 2 * ((r + 1) * cols + c), 2 * (r * cols + c) + 1];
      for (const [e1, e2] of cells) {
        const s = segA.length;
        segA.push(edges[e1] ?? 0);
        segB.push(edges[e2] ?? 0);
        link(edges[e1] ?? 0, s);
        link(edges[e2] ?? 0, s);
      }
    }
  }
  const used = new Uint8Array(segA.length);
  const lines: Position[][] = [];
  const walk = (startSeg: number, fromEdge: number): number[] => {
    const edges: number[] = [];
    let seg = startSeg;
    let edge = fromEdge;
    for (;;) {
      const other = (byEdge.get(edge) ?? []).find((s) => s !== seg && !used[s]);
      if (other === undefined) return edges;
      used[other] = 1;
      edge = segA[other] === edge ? (segB[other] ?? 0) : (segA[other] ?? 0);
      edges.push(edge);
      seg = other;
    }
  };
  for (let s = 0; s < segA.length; s++) {
    if (used[s]) continue;
    used[s] = 1;
    const a = segA[s] ?? 0;
    const b = segB[s] ?? 0;
    const forward = walk(s, b);
    const backward = walk(s, a);
    const edges = [...backward.reverse(), a, b, ...forward];
    if (edges.length >= 3) lines.push(edges.map(point));
  }
  return lines;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
