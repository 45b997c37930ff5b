// Stream lines stop at a lake's shore: the 2018 centrelines (and the modelled ones) predate or ignore the reservoirs,
// so drawn as they are they cross Hồ Núi Cốc's water surface. Only lakes with a derived shore cut (a blocky shape is
// not where the water is, and it is drawn only at low zoom).
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Geometry, Position } from './geojson.ts';

type Area = { bbox: [number, number, number, number]; geometry: Polygon | MultiPolygon };

function areaOf(g: Geometry): Area | undefined {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return undefined;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  const bbox: Area['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      bbox[0] = Math.min(bbox[0], x);
      bbox[1] = Math.min(bbox[1], y);
      bbox[2] = Math.max(bbox[2], x);
      bbox[3] = Math.max(bbox[3], y);
    }
  }
  return { bbox, geometry: g as Polygon | MultiPolygon };
}

/**
 * The parts of each line outside every polygon. Lines are sampled every `step` degrees (the shore is found to within
 * a step; about 10 m at 0.0001°), and a part shorter than two points is dropped.
 */
export function cutLinesByAreas(lines: readonly Position[][], polygons: readonly Geometry[], step = 0.0001): Position[][] {
  const areas = polygons.map(areaOf).filter((a): a is Area => a !== undefined);
  if (areas.length === 0) return lines.map((l) => [...l]);
  const inside = (p: Position): boolean =>
    areas.some((a) => p[0] >= a.bbox[0] && p[0] <= a.bbox[2] && p[1] >= a.bbox[1] && p[1] <= a.bbox[3] && booleanPointInPolygon(p, a.geometry));
  // Does any segment's box meet a lake's box? (A long segment may cross a lake with both ends outside its box.)
  const touches = (line: readonly Position[]): boolean =>
    line.some((p, i) => {
      const q = line[i + 1] ?? p;
      return areas.some(
        (a) => Math.max(p[0], q[0]) >= a.bbox[0] && Math.min(p[0], q[0]) <= a.bbox[2] && Math.max(p[1], q[1]) >= a.bbox[1] && Math.min(p[1], q[1]) <= a.bbox[3],
      );
    });
  const out: Position[][] = [];
  for (const line of lines) {
    if (!touches(line)) {
      out.push([...line]);
      continue;
    }
    // Every vertex, and samples between them; a sample is kept only where a part meets the shore.
    const pts: Array<{ p: Position; vertex: boolean; in: boolean }> = [];
    for (let i = 0; i < line.length; i++) {
      const a = line[i] as Position;
      const b = line[i + 1];
      pts.push({ p: a, vertex: true, in: inside(a) });
      if (b === undefined) break;
      const n = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step);
      for (let k = 1; k < n; k++) {
        const p: Position = [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n];
        pts.push({ p, vertex: false, in: inside(p) });
      }
    }
    let part: Position[] = [];
    pts.forEach((x, i) => {
      if (x.in) {
        if (part.length >= 2) out.push(part);
        part = [];
      } else if (x.vertex || pts[i - 1]?.in === true || pts[i + 1]?.in === true) part.push(x.p);
    });
    if (part.length >= 2) out.push(part);
  }
  return out;
}
