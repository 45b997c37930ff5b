// Stream lines modelled from the elevation grid, where the open data has none (the OSM 2018 streams miss
// most valleys, the ATK's among them): fill pits, route each post to its steepest neighbour (D8), count the
// area draining through it, and trace posts draining more than a threshold. A model, marked as such.
import type { BBox } from './coverage.ts';
import { demWindow, type Dem } from './dem.ts';
import type { Position } from './geojson.ts';

export interface DerivedStream {
  line: Position[];
  /** area drained at the line's lower end, km² */
  catchment: number;
}

interface Grid {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
  h: Float64Array;
}

const DR = [-1, -1, 0, 1, 1, 1, 0, -1];
const DC = [0, 1, 1, 1, 0, -1, -1, -1];

function windowOf(dem: Dem, b: BBox): Grid {
  const { r0, c0, rows, cols } = demWindow(dem, b);
  const h = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) h[r * cols + c] = dem.heights[(r0 + r) * dem.size + c0 + c] ?? 0;
  return { r0, c0, rows, cols, h };
}

/** A binary min-heap of cell indices keyed by height. */
class Heap {
  private readonly ids: number[] = [];
  private readonly keys: number[] = [];
  get size(): number {
    return this.ids.length;
  }
  push(id: number, key: number): void {
    let i = this.ids.length;
    this.ids.push(id);
    this.keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((this.keys[p] ?? 0) <= key) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): number {
    const top = this.ids[0] ?? -1;
    const lastId = this.ids.pop() ?? -1;
    const lastKey = this.keys.pop() ?? 0;
    if (this.ids.length > 0) {
      this.ids[0] = lastId;
      this.keys[0] = lastKey;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.ids.length && (this.keys[l] ?? 0) < (this.keys[m] ?? 0)) m = l;
        if (r < this.ids.length && (this.keys[r] ?? 0) < (this.keys[m] ?? 0)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b] ?? 0, this.ids[a] ?? 0];
    [this.keys[a], this.keys[b]] = [this.keys[b] ?? 0, this.keys[a] ?? 0];
  }
}

/**
 * Priority-flood from the window's edge: every post ends up with a path downhill to the edge, flats get a tiny
 * slope towards their outlet. Returns the flow direction (0–7, or -1 at the edge) of each post.
 */
function flowDirections(g: Grid): Int8Array {
  const { rows, cols, h } = g;
  const n = rows * cols;
  const dir = new Int8Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new Heap();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (r === 0 || c === 0 || r === rows - 1 || c === cols - 1) {
        const i = r * cols + c;
        done[i] = 1;
        heap.push(i, h[i] ?? 0);
      }
    }
  }
  while (heap.size > 0) {
    const i = heap.pop();
    const r = Math.floor(i / cols);
    const c = i % cols;
    for (let k = 0; k < 8; k++) {
      const rr = r + (DR[k] ?? 0);
      const cc = c + (DC[k] ?? 0);
      if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) continue;
      const j = rr * cols + cc;
      if (done[j]) continue;
      done[j] = 1;
      // The neighbour drains into i; raise it just above i when it lies in a pit or a flat.
      h[j] = Math.max(h[j] ?? 0, (h[i] ?? 0) + 1e-3);
      dir[j] = (k + 4) % 8;
      heap.push(j, h[j] ?? 0);
    }
  }
  return dir;
}

function downstream(i: number, d: number, cols: number): number {
  return i + (DR[d] ?? 0) * cols + (DC[d] ?? 0);
}

/** Chaikin corner cutting: the 90 m grid steps become gentle curves. */
function smooth(line: Position[], rounds = 2): Position[] {
  let pts = line;
  for (let k = 0; k < rounds && pts.length > 2; k++) {
    const out: Position[] = [pts[0] ?? [0, 0]];
    for (let i = 0; i < pts.length - 1; i++) {
      const a: Position = pts[i] ?? [0, 0];
      const b: Position = pts[i + 1] ?? a;
      out.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]], [0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
    }
    out.push(pts[pts.length - 1] ?? [0, 0]);
    pts = out;
  }
  return pts.map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
}

/**
 * Streams draining at least `minKm2`, as lines from their sources down to where they join a larger one.
 * `skip(lon, lat)` cuts lines where mapped water already is.
 */
export function deriveStreams(dem: Dem, b: BBox, minKm2: number, skip: (lon: number, lat: number) => boolean): DerivedStream[] {
  const g = windowOf(dem, b);
  const { rows, cols } = g;
  const dir = flowDirections(g);
  // Cell area shrinks with latitude; one value for the window is close enough for a threshold.
  const midLat = dem.north - (g.r0 + rows / 2) * dem.step;
  const cellKm2 = (dem.step * 111.32) ** 2 * Math.cos((midLat * Math.PI) / 180);
  // Upstream counts: visit posts from the highest (filled) down, passing each count on.
  const order = Array.from({ length: rows * cols }, (_, i) => i).sort((a, z) => (g.h[z] ?? 0) - (g.h[a] ?? 0));
  const acc = new Float64Array(rows * cols).fill(1);
  for (const i of order) {
    const d = dir[i] ?? -1;
    if (d >= 0) {
      const j = downstream(i, d, cols);
      acc[j] = (acc[j] ?? 0) + (acc[i] ?? 0);
    }
  }
  const minCells = minKm2 / cellKm2;
  const isStream = (i: number): boolean => (acc[i] ?? 0) >= minCells;
  const hasStreamInflow = new Uint8Array(rows * cols);
  for (let i = 0; i < rows * cols; i++) {
    const d = dir[i] ?? -1;
    if (d >= 0 && isStream(i)) hasStreamInflow[downstream(i, d, cols)] = 1;
  }
  const pos = (i: number): Position => [
    dem.west + (g.c0 + (i % cols)) * dem.step,
    dem.north - (g.r0 + Math.floor(i / cols)) * dem.step,
  ];
  const visited = new Uint8Array(rows * cols);
  const out: DerivedStream[] = [];
  const emit = (cells: number[]): void => {
    const last = cells[cells.length - 1];
    if (cells.length >= 3 && last !== undefined) out.push({ line: smooth(cells.map(pos)), catchment: Math.round((acc[last] ?? 0) * cellKm2 * 10) / 10 });
  };
  // Walk down from every source; a walk ends where it meets a walked stream (a confluence) or the edge.
  for (let s = 0; s < rows * cols; s++) {
    if (!isStream(s) || hasStreamInflow[s]) continue;
    let cells: number[] = [];
    for (let i = s; ; ) {
      const [lon, lat] = pos(i);
      if (skip(lon, lat)) {
        emit(cells);
        cells = [];
      } else cells.push(i);
      if (visited[i]) break;
      visited[i] = 1;
      const d = dir[i] ?? -1;
      if (d < 0) break;
      i = downstream(i, d, cols);
    }
    emit(cells);
  }
  return out;
}
