// Stream lines stop at a lake's shore: the 2018 centrelines (and the modelled ones) predate or ignore the reservoirs,
// so drawn as they are they cross Hồ Núi Cốc's water surface. Only lakes with a derived shore cut (a blocky shape is
// not where the water is, and it is drawn only at low zoom).
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Geometry, Position } from './geojson.ts';

type Area = { w: number; s: number; e: number; n: number; geometry: Polygon | MultiPolygon };

function areaOf(geometry: Polygon | MultiPolygon): Area {
  const [w = 0, s = 0, e = 0, n = 0] = bbox(geometry);
  return { w, s, e, n, geometry };
}

/** Does the box from p to q (a point when they are the same) meet the area's box? */
const meets = (a: Area, p: Position, q: Position): boolean =>
  Math.max(p[0], q[0]) >= a.w && Math.min(p[0], q[0]) <= a.e && Math.max(p[1], q[1]) >= a.s && Math.min(p[1], q[1]) <= a.n;

/**
 * A cutter that keeps the parts of lines outside every polygon (the polygons' boxes are made once, for all the
 * lines cut with it). Lines are sampled every `step` degrees (the shore is found to within a step; about 10 m at
 * 0.0001°), and a part shorter than two points is dropped.
 */
export function shoreCutter(polygons: readonly Geometry[], step = 0.0001): (lines: readonly Position[][]) => Position[][] {
  const areas = polygons.flatMap((g) => (g.type === 'Polygon' || g.type === 'MultiPolygon' ? [areaOf(g)] : []));
  return (lines) => (areas.length === 0 ? lines.map((l) => [...l]) : cutLines(lines, areas, step));
}

function cutLines(lines: readonly Position[][], areas: readonly Area[], step: number): Position[][] {
  const inside = (p: Position): boolean => areas.some((a) => meets(a, p, p) && booleanPointInPolygon(p, a.geometry));
  // A long segment may cross a lake with both ends outside its box: test each segment's box.
  const touches = (line: readonly Position[]): boolean => line.some((p, i) => areas.some((a) => meets(a, p, line[i + 1] ?? p)));
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
