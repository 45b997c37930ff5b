// Small geometry helpers for preparing features before tiling.
import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature as TurfFeature, MultiPolygon, Polygon } from 'geojson';
import type { Geometry, Position } from './geojson.ts';

/** Lines as lists of positions, whatever their geometry type. */
export function linesOf(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

const key = (p: Position): string => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;

/**
 * Joins pieces that meet end to end where exactly two pieces meet, so that a road cut into
 * many pieces becomes a few long lines: fewer features, better simplification, better labels.
 */
export function mergeLines(pieces: readonly Position[][]): Position[][] {
  const ends = new Map<string, number[]>();
  pieces.forEach((p, i) => {
    const first = p[0];
    const last = p[p.length - 1];
    if (!first || !last) return;
    for (const k of [key(first), key(last)]) ends.set(k, [...(ends.get(k) ?? []), i]);
  });
  const used = new Set<number>();
  const out: Position[][] = [];
  const partnerAt = (k: string, self: number): number | undefined => {
    const at = ends.get(k);
    if (!at || at.length !== 2) return undefined;
    const other = at[0] === self ? at[1] : at[0];
    return other === undefined || used.has(other) ? undefined : other;
  };
  const extend = (line: Position[], self: number): void => {
    let current = self;
    for (;;) {
      const tail = line[line.length - 1];
      if (!tail) return;
      const next = partnerAt(key(tail), current);
      if (next === undefined) return;
      const piece = pieces[next] ?? [];
      used.add(next);
      const oriented = key(piece[0] ?? tail) === key(tail) ? piece : [...piece].reverse();
      line.push(...oriented.slice(1));
      current = next;
    }
  };
  pieces.forEach((p, i) => {
    if (used.has(i)) return;
    used.add(i);
    const line = [...p];
    extend(line, i);
    line.reverse();
    extend(line, i);
    out.push(line);
  });
  return out;
}

/** A point inside the polygon for its label: the centre of mass when it falls inside, else a point on the surface. */
export function labelPoint(g: Geometry): Position | undefined {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return undefined;
  const f: TurfFeature<Polygon | MultiPolygon> = { type: 'Feature', geometry: g, properties: {} };
  const c = centerOfMass(f).geometry.coordinates;
  if (booleanPointInPolygon(c, f)) return [c[0] ?? 0, c[1] ?? 0];
  const p = pointOnFeature(f).geometry.coordinates;
  return [p[0] ?? 0, p[1] ?? 0];
}

/** The largest polygon part of a multipolygon, where district labels belong. */
export function largestPart(g: Geometry): Geometry {
  if (g.type !== 'MultiPolygon') return g;
  let best = g.coordinates[0];
  let bestArea = -1;
  for (const poly of g.coordinates) {
    const a = Math.abs(ringArea(poly[0] ?? []));
    if (a > bestArea) [best, bestArea] = [poly, a];
  }
  return best ? { type: 'Polygon', coordinates: best } : g;
}

export function ringArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i];
    const q = ring[j];
    if (p && q) a += (q[0] - p[0]) * (q[1] + p[1]);
  }
  return a / 2;
}
