/**
 * Which way a line runs where its label goes, in four screen directions (north up): "h" east–west, "v" north–south,
 * "ne" rising to the north-east, "nw" rising to the north-west. The map sets the label on the side the line leaves
 * free (plan-layers.ts).
 */
export type LineRun = 'h' | 'v' | 'ne' | 'nw';

export interface LegLabelPoint {
  at: [number, number];
  run: LineRun;
  /** The zoom from which the line is drawn at least LABEL_PX long: a shorter leg has no room for its label. */
  minzoom: number;
}

/** About half of a leg label's width ("8,3 km · 18 phút"): a label needs a leg at least this long on screen. */
export const LABEL_PX = 100;

const RAD = Math.PI / 180;

function run(dx: number, dy: number): LineRun {
  const deg = ((Math.atan2(dy, dx) / RAD) % 180 + 180) % 180;
  if (deg < 22.5 || deg >= 157.5) return 'h';
  if (deg < 67.5) return 'ne';
  if (deg < 112.5) return 'v';
  return 'nw';
}

/** The point halfway along a line (by length, not by vertex count) and the way the line runs there. */
export function lineMidpoint(coords: readonly (readonly [number, number])[]): LegLabelPoint | null {
  const first = coords[0];
  if (first === undefined) return null;
  const steps: { a: readonly [number, number]; dx: number; dy: number; d: number }[] = [];
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1] as readonly [number, number];
    const b = coords[i] as readonly [number, number];
    const dx = (b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * RAD);
    const dy = b[1] - a[1];
    steps.push({ a, dx, dy, d: Math.hypot(dx, dy) });
  }
  const total = steps.reduce((s, x) => s + x.d, 0);
  // MapLibre's metres per pixel at zoom 0 (512 px tiles) at this latitude, over the line's length in metres.
  const metres = total * RAD * 6_371_008.8;
  const minzoom = metres === 0 ? 24 : Math.log2((LABEL_PX * 78_271.517 * Math.cos(first[1] * RAD)) / metres);
  let left = total / 2;
  for (const s of steps) {
    if (s.d > 0 && left <= s.d) {
      const f = left / s.d;
      const cos = Math.cos(s.a[1] * RAD);
      return { at: [s.a[0] + (s.dx / cos) * f, s.a[1] + s.dy * f], run: run(s.dx, s.dy), minzoom };
    }
    left -= s.d;
  }
  return { at: [first[0], first[1]], run: 'h', minzoom };
}
