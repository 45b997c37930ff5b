import type { Timetable } from './timetable.ts';

/** About 11:30, in minutes after midnight: when a class usually stops for lunch. */
export const LUNCH_AROUND_MIN = 11 * 60 + 30;

/**
 * The stop after which lunch fits best by default: the one whose visit ends nearest to about 11:30 (a tie goes to
 * the earlier stop, so nobody waits hungry). Reads a timetable built without lunch; null when there is no stop.
 * The teacher can still move lunch to any stop.
 */
export function defaultLunchAfter(timetable: Pick<Timetable, 'rows'>, around = LUNCH_AROUND_MIN): number | null {
  let best: { index: number; gap: number } | null = null;
  for (const row of timetable.rows) {
    if (row.kind !== 'stop') continue;
    const gap = Math.abs(row.departMin - around);
    if (best === null || gap < best.gap) best = { index: row.index, gap };
  }
  return best?.index ?? null;
}
