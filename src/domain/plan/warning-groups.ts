import type { TimetableWarning } from './timetable.ts';

/** A stop a warning is about: its place in the plan (0-based) and its site id. */
export interface WarnedStop {
  index: number;
  site: string;
}

/**
 * Warnings of one kind, said once: the first warning of the kind (its code and params) and every stop it is about,
 * in plan order. Kinds about a stop are "approximate-position" (split by commune centre vs approximate, which read
 * differently), "unlocated-stop", "unknown-site" and "unknown-distance" (the leg home stays its own line). Warnings
 * about the whole day (sunset, length, date) have no stops.
 */
export interface WarningGroup {
  warning: TimetableWarning;
  stops: WarnedStop[];
}

function keyOf(w: TimetableWarning): string | null {
  switch (w.code) {
    case 'approximate-position':
      return `${w.code}:${w.params.confidence === 'commune-centroid' ? 'centre' : 'approximate'}`;
    case 'unlocated-stop':
    case 'unknown-site':
      return w.code;
    case 'unknown-distance':
      return w.params.site === 'start' ? null : w.code;
    default:
      return null;
  }
}

/** Groups warnings of one kind into one line naming its stops; the order is that of each kind's first warning. Pure. */
export function groupWarnings(warnings: readonly TimetableWarning[]): WarningGroup[] {
  const groups: WarningGroup[] = [];
  const byKey = new Map<string, WarningGroup>();
  for (const w of warnings) {
    const key = keyOf(w);
    const stop = 'index' in w.params && 'site' in w.params ? { index: w.params.index, site: w.params.site } : null;
    if (key === null || stop === null) {
      groups.push({ warning: w, stops: stop === null ? [] : [stop] });
      continue;
    }
    const g = byKey.get(key);
    if (g === undefined) {
      const fresh = { warning: w, stops: [stop] };
      byKey.set(key, fresh);
      groups.push(fresh);
    } else {
      g.stops.push(stop);
    }
  }
  return groups;
}
