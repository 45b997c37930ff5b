// Lake outlines derived from the elevation grid: SRTM flattens water surfaces to one height, so where a coarse
// lake shape of the geodata sits on such a flat patch, the patch's edge is a better shoreline than the blocky shape.
import { booleanPointInPolygon, kinks } from '@turf/turf';
import type { Feature as TurfFeature, Polygon as TurfPolygon, MultiPolygon as TurfMultiPolygon } from 'geojson';
import { covers, type Dem } from './dem.ts';
import type { Geometry, Position } from './geojson.ts';
import { ringArea } from './geometry.ts';

/** A flat patch smaller than this many posts (about 0.2 km²) is not taken for a water surface. */
export const MIN_LAKE_POSTS = 25;
/** Islands (holes in the surface) smaller than this many posts are filled: they are noise, not land. */
const MIN_ISLAND_POSTS = 4;
/** Posts within this many metres of the level belong to the surface (SRTM heights are whole metres; filled voids are not). */
const LEVEL_TOLERANCE_M = 0.5;

export interface DerivedLake {
  /** height of the water surface in SRTM (m) */
  level: number;
  /** grid posts on the surface */
  posts: number;
  geometry: Geometry;
}

/** The grid window searched around a coarse shape: its box, widened by half its size and at least ~1 km. */
interface Window {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function searchWindow(dem: Dem, g: Geometry): Window | undefined {
  const pts = polygonsOf(g).flatMap((p) => p[0] ?? []);
  if (pts.length === 0) return undefined;
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const pad = Math.max(0.01, (e - w) / 2, (n - s) / 2);
  if (!covers(dem, w - pad, n + pad) || !covers(dem, e + pad, s - pad)) return undefined;
  const c0 = Math.floor((w - pad - dem.west) / dem.step);
  const r0 = Math.floor((dem.north - n - pad) / dem.step);
  const c1 = Math.ceil((e + pad - dem.west) / dem.step);
  const r1 = Math.ceil((dem.north - s + pad) / dem.step);
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/**
 * The flat surface under a coarse lake shape: the most common whole-metre height of the posts inside the shape,
 * grown (4-connected) from those posts over every post at that height. Undefined when the patch is too small, or
 * when it runs to the edge of the search window (a flat plain, not a lake).
 */
export function flatSurface(dem: Dem, coarse: Geometry): { level: number; mask: Uint8Array; win: Window } | undefined {
  const win = searchWindow(dem, coarse);
  if (!win) return undefined;
  const shape: TurfFeature<TurfPolygon | TurfMultiPolygon> =
    coarse.type === 'MultiPolygon'
      ? { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: coarse.coordinates } }
      : { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: polygonsOf(coarse)[0] ?? [] } };
  const height = (r: number, c: number): number => dem.heights[(win.r0 + r) * dem.size + win.c0 + c] ?? 0;
  const inside: number[] = [];
  const counts = new Map<number, number>();
  for (let r = 0; r < win.rows; r++) {
    for (let c = 0; c < win.cols; c++) {
      const lon = dem.west + (win.c0 + c) * dem.step;
      const lat = dem.north - (win.r0 + r) * dem.step;
      if (!booleanPointInPolygon([lon, lat], shape)) continue;
      inside.push(r * win.cols + c);
      const h = Math.round(height(r, c));
      counts.set(h, (counts.get(h) ?? 0) + 1);
    }
  }
  let level = 0;
  let best = 0;
  for (const [h, n] of counts) if (n > best || (n === best && h < level)) [level, best] = [h, n];
  if (best === 0) return undefined;
  const onLevel = (i: number): boolean => Math.abs(height(Math.floor(i / win.cols), i % win.cols) - level) <= LEVEL_TOLERANCE_M;
  const mask = new Uint8Array(win.rows * win.cols);
  const stack = inside.filter(onLevel);
  for (const i of stack) mask[i] = 1;
  while (stack.length > 0) {
    const i = stack.pop() ?? 0;
    const r = Math.floor(i / win.cols);
    const c = i % win.cols;
    if (r === 0 || c === 0 || r === win.rows - 1 || c === win.cols - 1) return undefined;
    for (const j of [i - 1, i + 1, i - win.cols, i + win.cols]) {
      if (mask[j] || !onLevel(j)) continue;
      mask[j] = 1;
      stack.push(j);
    }
  }
  keepLargePatches(mask, win, MIN_LAKE_POSTS);
  if (!mask.some((v) => v === 1)) return undefined;
  return { level, mask, win };
}

/** 4-connected components of cells equal to `value`. */
function components(mask: Uint8Array, win: Window, value: number): number[][] {
  const seen = new Uint8Array(mask.length);
  const out: number[][] = [];
  for (let s = 0; s < mask.length; s++) {
    if (seen[s] || mask[s] !== value) continue;
    const comp: number[] = [];
    const stack = [s];
    seen[s] = 1;
    while (stack.length > 0) {
      const i = stack.pop() ?? 0;
      comp.push(i);
      const r = Math.floor(i / win.cols);
      const c = i % win.cols;
      const next = [c > 0 ? i - 1 : -1, c < win.cols - 1 ? i + 1 : -1, r > 0 ? i - win.cols : -1, r < win.rows - 1 ? i + win.cols : -1];
      for (const j of next) {
        if (j < 0 || seen[j] || mask[j] !== value) continue;
        seen[j] = 1;
        stack.push(j);
      }
    }
    out.push(comp);
  }
  return out;
}

function keepLargePatches(mask: Uint8Array, win: Window, min: number): void {
  for (const comp of components(mask, win, 1)) if (comp.length < min) for (const i of comp) mask[i] = 0;
}

/**
 * Makes the mask traceable into simple rings: small islands filled, and every 2×2 block whose cells touch only at
 * a corner (a checkerboard) filled, so no two rings meet at a point.
 */
function clean(mask: Uint8Array, win: Window): void {
  for (const comp of components(mask, win, 0)) {
    const open = comp.some((i) => {
      const r = Math.floor(i / win.cols);
      const c = i % win.cols;
      return r === 0 || c === 0 || r === win.rows - 1 || c === win.cols - 1;
    });
    if (!open && comp.length < MIN_ISLAND_POSTS) for (const i of comp) mask[i] = 1;
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (let r = 0; r + 1 < win.rows; r++) {
      for (let c = 0; c + 1 < win.cols; c++) {
        const i = r * win.cols + c;
        const [a, b, d, e] = [mask[i], mask[i + 1], mask[i + win.cols], mask[i + win.cols + 1]];
        if ((a === 1 && e === 1 && b === 0 && d === 0) || (a === 0 && e === 0 && b === 1 && d === 1)) {
          mask[i] = mask[i + 1] = mask[i + win.cols] = mask[i + win.cols + 1] = 1;
          changed = true;
        }
      }
    }
  }
}

/** The boundary of the cells as closed rings of cell corners (x = column, y = row), corners only. */
function traceRings(mask: Uint8Array, win: Window): [number, number][][] {
  const at = (r: number, c: number): number => (r < 0 || c < 0 || r >= win.rows || c >= win.cols ? 0 : (mask[r * win.cols + c] ?? 0));
  const next = new Map<string, [number, number]>();
  const k = (x: number, y: number): string => `${x},${y}`;
  for (let r = 0; r < win.rows; r++) {
    for (let c = 0; c < win.cols; c++) {
      if (!at(r, c)) continue;
      if (!at(r - 1, c)) next.set(k(c, r), [c + 1, r]);
      if (!at(r, c + 1)) next.set(k(c + 1, r), [c + 1, r + 1]);
      if (!at(r + 1, c)) next.set(k(c + 1, r + 1), [c, r + 1]);
      if (!at(r, c - 1)) next.set(k(c, r + 1), [c, r]);
    }
  }
  const rings: [number, number][][] = [];
  for (const start of [...next.keys()]) {
    if (!next.has(start)) continue;
    const ring: [number, number][] = [];
    let key = start;
    for (let p = next.get(key); p; p = next.get(key)) {
      next.delete(key);
      ring.push(p);
      key = k(p[0], p[1]);
    }
    rings.push(corners(ring));
  }
  return rings;
}

/** Drops the vertices in the middle of straight runs. */
function corners(ring: [number, number][]): [number, number][] {
  return ring.filter((p, i) => {
    const a = ring[(i + ring.length - 1) % ring.length] ?? p;
    const b = ring[(i + 1) % ring.length] ?? p;
    return (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0]) !== 0;
  });
}

/** Chaikin corner cutting of a closed ring (no closing point): each pass doubles the vertices and rounds the steps. */
export function chaikin(ring: readonly Position[], passes: number): Position[] {
  let pts: Position[] = [...ring];
  for (let k = 0; k < passes; k++) {
    const out: Position[] = [];
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i] ?? [0, 0];
      const q = pts[(i + 1) % pts.length] ?? p;
      out.push([0.75 * p[0] + 0.25 * q[0], 0.75 * p[1] + 0.25 * q[1]], [0.25 * p[0] + 0.75 * q[0], 0.25 * p[1] + 0.75 * q[1]]);
    }
    pts = out;
  }
  return pts;
}

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

/** Closed ring in GeoJSON winding (exterior counter-clockwise, holes clockwise). */
function closed(ring: Position[], exterior: boolean): Position[] {
  const r = ring.map((p) => [round6(p[0]), round6(p[1])] as Position);
  const ccw = ringArea([...r, r[0] ?? [0, 0]]) < 0;
  if (ccw !== exterior) r.reverse();
  return [...r, r[0] ?? [0, 0]];
}

function isValid(g: Geometry): boolean {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return false;
  const f: TurfFeature<TurfPolygon | TurfMultiPolygon> =
    g.type === 'Polygon'
      ? { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: g.coordinates } }
      : { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: g.coordinates } };
  return kinks(f).features.length === 0;
}

/** The outline of a surface mask: one polygon per patch, islands as holes, rounded by two Chaikin passes. */
export function outline(dem: Dem, mask: Uint8Array, win: Window, passes = 2): Geometry {
  const m = mask.slice();
  clean(m, win);
  const toLonLat = ([x, y]: [number, number]): Position => [dem.west + (win.c0 + x - 0.5) * dem.step, dem.north - (win.r0 + y - 0.5) * dem.step];
  const polygons: Position[][][] = [];
  for (const comp of components(m, win, 1)) {
    const one = new Uint8Array(m.length);
    for (const i of comp) one[i] = 1;
    // Holes of this patch are the rings other than its largest; the largest is its shore.
    const rings = traceRings(one, win).map((r) => r.map(toLonLat));
    rings.sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)));
    const [shore, ...islands] = rings;
    if (!shore) continue;
    polygons.push([closed(chaikin(shore, passes), true), ...islands.map((h) => closed(chaikin(h, passes), false))]);
  }
  const g: Geometry = polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] ?? [] } : { type: 'MultiPolygon', coordinates: polygons };
  // Rounding cannot cross rings a cell apart; should it ever, the staircase itself is a valid outline.
  return passes > 0 && !isValid(g) ? outline(dem, mask, win, 0) : g;
}

/** A better outline of a coarse lake shape from the flat water surface under it, when the grid has one. */
export function deriveLake(dem: Dem, coarse: Geometry): DerivedLake | undefined {
  const surface = flatSurface(dem, coarse);
  if (!surface) return undefined;
  const posts = surface.mask.reduce((n, v) => n + v, 0);
  return { level: surface.level, posts, geometry: outline(dem, surface.mask, surface.win) };
}

/** A blocky shape reads as a spot of water up to about this many pixels across; larger, its straight edges show. */
export const BLOCKY_PX = 12;

/**
 * The last zoom at which a coarse shape is no more than BLOCKY_PX across on screen (its box's diagonal), so it
 * still reads as a spot of water, not as a triangle or a rectangle (512-px tiles, as the vector tiles are drawn).
 */
export function blockyMaxZoom(g: Geometry): number {
  const pts = polygonsOf(g).flatMap((p) => p[0] ?? []);
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  const lat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const dx = (Math.max(...lons) - Math.min(...lons)) * 111320 * Math.cos((lat * Math.PI) / 180);
  const dy = (Math.max(...lats) - Math.min(...lats)) * 110574;
  const diag = Math.hypot(dx, dy);
  return Math.floor(Math.log2((BLOCKY_PX * 40075016.7 * Math.cos((lat * Math.PI) / 180)) / (512 * diag)));
}
