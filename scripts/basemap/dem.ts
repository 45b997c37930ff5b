// SRTM .hgt elevation: read, fill voids, sample. A grid of size×size posts covering 1°×1°, row 0 in the north.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export const VOID = -32768;

export interface Dem {
  west: number;
  north: number;
  size: number;
  /** degrees between posts */
  step: number;
  heights: Float32Array;
}

/** "N21E105.hgt" → its south-west corner. */
export function hgtOrigin(file: string): { lon: number; lat: number } {
  const m = /^([NS])(\d{2})([EW])(\d{3})\.hgt$/i.exec(basename(file));
  if (!m) throw new Error(`not an SRTM tile name: ${file}`);
  const lat = Number(m[2]) * (m[1]?.toUpperCase() === 'S' ? -1 : 1);
  const lon = Number(m[4]) * (m[3]?.toUpperCase() === 'W' ? -1 : 1);
  return { lon, lat };
}

export function readHgt(file: string): Dem {
  const bytes = readFileSync(file);
  const size = Math.round(Math.sqrt(bytes.length / 2));
  if (size * size * 2 !== bytes.length) throw new Error(`${file}: ${bytes.length} bytes is not a square grid of int16`);
  const heights = new Float32Array(size * size);
  for (let i = 0; i < size * size; i++) heights[i] = bytes.readInt16BE(i * 2);
  const { lon, lat } = hgtOrigin(file);
  return { west: lon, north: lat + 1, size, step: 1 / (size - 1), heights };
}

/**
 * Fills void posts: first peel voids from their edges inwards with the mean of known neighbours,
 * then relax the filled posts towards the mean of their neighbours (a smooth, harmonic surface).
 * Returns how many posts were filled.
 */
export function fillVoids(dem: Dem, relaxations = 60): number {
  const { size, heights } = dem;
  const holes: number[] = [];
  for (let i = 0; i < heights.length; i++) if (heights[i] === VOID) holes.push(i);
  const known = new Uint8Array(heights.length).fill(1);
  for (const i of holes) known[i] = 0;
  let pending = holes;
  while (pending.length > 0) {
    const next: number[] = [];
    const ready: [number, number][] = [];
    for (const i of pending) {
      const mean = neighbourMean(i, size, heights, known);
      if (mean === undefined) next.push(i);
      else ready.push([i, mean]);
    }
    if (ready.length === 0) throw new Error('elevation grid has no known posts to fill from');
    for (const [i, v] of ready) {
      heights[i] = v;
      known[i] = 1;
    }
    pending = next;
  }
  for (let k = 0; k < relaxations; k++) {
    for (const i of holes) heights[i] = neighbourMean(i, size, heights, known) ?? heights[i] ?? 0;
  }
  return holes.length;
}

function neighbourMean(i: number, size: number, heights: Float32Array, known: Uint8Array): number | undefined {
  const r = Math.floor(i / size);
  const c = i % size;
  let sum = 0;
  let n = 0;
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      const rr = r + dr;
      const cc = c + dc;
      if ((dr === 0 && dc === 0) || rr < 0 || cc < 0 || rr >= size || cc >= size) continue;
      const j = rr * size + cc;
      if (known[j]) {
        sum += heights[j] ?? 0;
        n++;
      }
    }
  }
  return n > 0 ? sum / n : undefined;
}

export function covers(dem: Dem, lon: number, lat: number): boolean {
  const span = dem.step * (dem.size - 1);
  return lon >= dem.west && lon <= dem.west + span && lat <= dem.north && lat >= dem.north - span;
}

/** Bilinear elevation at a point; outside the grid the nearest edge value. */
export function sample(dem: Dem, lon: number, lat: number): number {
  const max = dem.size - 1;
  const fx = Math.min(max, Math.max(0, (lon - dem.west) / dem.step));
  const fy = Math.min(max, Math.max(0, (dem.north - lat) / dem.step));
  const x0 = Math.min(max - 1, Math.floor(fx));
  const y0 = Math.min(max - 1, Math.floor(fy));
  const tx = fx - x0;
  const ty = fy - y0;
  const h = (x: number, y: number): number => dem.heights[y * dem.size + x] ?? 0;
  const top = h(x0, y0) * (1 - tx) + h(x0 + 1, y0) * tx;
  const bottom = h(x0, y0 + 1) * (1 - tx) + h(x0 + 1, y0 + 1) * tx;
  return top * (1 - ty) + bottom * ty;
}

/** Half the resolution with a 3×3 tent filter, for zoomed-out tiles without aliasing. */
export function halve(dem: Dem): Dem {
  const size = Math.floor((dem.size - 1) / 2) + 1;
  const heights = new Float32Array(size * size);
  const src = (r: number, c: number): number => {
    const rr = Math.min(dem.size - 1, Math.max(0, r));
    const cc = Math.min(dem.size - 1, Math.max(0, c));
    return dem.heights[rr * dem.size + cc] ?? 0;
  };
  const w = [1, 2, 1];
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      let sum = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) sum += (w[dr + 1] ?? 0) * (w[dc + 1] ?? 0) * src(2 * r + dr, 2 * c + dc);
      }
      heights[r * size + c] = sum / 16;
    }
  }
  return { west: dem.west, north: dem.north, size, step: dem.step * 2, heights };
}

/** The rows and columns of DEM posts covering a lon/lat box (clamped to the tile): where a slice of the grid starts. */
export function demWindow(dem: Dem, b: readonly [number, number, number, number]): { r0: number; c0: number; rows: number; cols: number } {
  const clamp = (v: number): number => Math.min(dem.size - 1, Math.max(0, v));
  const c0 = clamp(Math.floor((b[0] - dem.west) / dem.step));
  const c1 = clamp(Math.ceil((b[2] - dem.west) / dem.step));
  const r0 = clamp(Math.floor((dem.north - b[3]) / dem.step));
  const r1 = clamp(Math.ceil((dem.north - b[1]) / dem.step));
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

const filledDems = new Map<string, Dem>();
/**
 * The DEM tile read once and void-filled once per build: the hillshade, contours, lakes, peaks and the
 * terrain archive all use it (it used to be read and filled twice). Callers must not modify it.
 */
export function filledDem(file: string): Dem {
  let dem = filledDems.get(file);
  if (dem === undefined) {
    dem = readHgt(file);
    fillVoids(dem);
    filledDems.set(file, dem);
  }
  return dem;
}
