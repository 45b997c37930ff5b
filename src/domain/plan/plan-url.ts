import { PlanSchema, type Plan, type PlanStart } from './plan.ts';

/**
 * Compact, URL-safe plan codec (only A–Z a–z 0–9 and `.` `_` `-`, so it survives a query string or a hash
 * without percent-encoding).
 *
 *   1.<start>.<HHMM>.<stops>[.l<afterStop>-<minutes>]
 *   start:  c (Thái Nguyên city) | h (Chợ Chu) | p<lon×1e5>_<lat×1e5> (integers, may be negative)
 *   stops:  <code>-<minutes> joined by `_` (may be empty), code = 4 base-36 characters of FNV-1a-32(site id)
 *
 * Why a hash of the id and not an index: an index into the site list changes whenever a site is added or the
 * file is re-sorted, silently turning old links into other sites; the id is the stable key and its 4-character
 * hash is as stable as the id. The decoder resolves codes against the site ids it knows; an ambiguous code
 * (two known ids with one hash; 36⁴ ≈ 1.7 M codes, a unit test checks the real ids) is an error, never a guess.
 * A code no known id has (a site removed since the link was made) drops that stop only, reported in `dropped`.
 * Ten stops take about 100 characters.
 */
export const PLAN_URL_VERSION = '1';
export const MAX_ENCODED_LENGTH = 1000;

export type DecodeError = 'malformed' | 'unsupported-version' | 'unknown-site' | 'ambiguous-site' | 'invalid' | 'too-long';
/**
 * `dropped`: 1-based positions in the link of stops whose site is no longer in the data (a site removed or
 * renamed since the link was made). They are left out and the rest of the plan opens; present only when non-empty.
 */
export type DecodeResult = { ok: true; plan: Plan; dropped?: number[] } | { ok: false; error: DecodeError };

/** FNV-1a 32-bit over the UTF-16 code units (ids are ASCII slugs), as 4 base-36 characters. */
export function siteCode(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 36 ** 4).toString(36).padStart(4, '0');
}

function encodeStart(s: PlanStart): string {
  if (s.kind === 'preset') return s.id === 'cho-chu' ? 'h' : 'c';
  return `p${Math.round(s.lon * 1e5)}_${Math.round(s.lat * 1e5)}`;
}

export function encodePlan(plan: Plan): string {
  const parts = [
    PLAN_URL_VERSION,
    encodeStart(plan.start),
    plan.startTime.replace(':', ''),
    plan.stops.map((s) => `${siteCode(s.site)}-${s.minutes}`).join('_'),
  ];
  if (plan.lunch !== undefined) parts.push(`l${plan.lunch.afterStop}-${plan.lunch.minutes}`);
  return parts.join('.');
}

const INT = /^-?\d{1,9}$/;

function decodeStart(s: string): PlanStart | null {
  if (s === 'c') return { kind: 'preset', id: 'thai-nguyen-city' };
  if (s === 'h') return { kind: 'preset', id: 'cho-chu' };
  const m = /^p(-?\d{1,8})_(-?\d{1,8})$/.exec(s);
  if (m === null) return null;
  return { kind: 'point', lon: Number(m[1]) / 1e5, lat: Number(m[2]) / 1e5 };
}

function decodeUnsafe(str: string, knownSiteIds: readonly string[]): DecodeResult {
  if (str.length > MAX_ENCODED_LENGTH) return { ok: false, error: 'too-long' };
  if (!/^[A-Za-z0-9._-]+$/.test(str)) return { ok: false, error: 'malformed' };
  const parts = str.split('.');
  if (parts[0] !== PLAN_URL_VERSION) return { ok: false, error: /^\d+$/.test(parts[0] ?? '') ? 'unsupported-version' : 'malformed' };
  if (parts.length < 4 || parts.length > 5) return { ok: false, error: 'malformed' };
  const [, startPart = '', timePart = '', stopsPart = '', lunchPart] = parts;
  const start = decodeStart(startPart);
  const tm = /^(\d{2})(\d{2})$/.exec(timePart);
  if (start === null || tm === null) return { ok: false, error: 'malformed' };

  const byCode = new Map<string, string[]>();
  for (const id of knownSiteIds) {
    const c = siteCode(id);
    const list = byCode.get(c);
    if (list === undefined) byCode.set(c, [id]);
    else if (!list.includes(id)) list.push(id);
  }
  const stops: Plan['stops'] = [];
  /** For each stop of the link, its index among the kept stops (-1 when dropped). */
  const keptIndex: number[] = [];
  const dropped: number[] = [];
  const tokens = stopsPart === '' ? [] : stopsPart.split('_');
  for (const [i, token] of tokens.entries()) {
    const m = /^([0-9a-z]{4})-(\d{1,3})$/.exec(token);
    if (m === null) return { ok: false, error: 'malformed' };
    const ids = byCode.get(m[1] ?? '');
    if (ids === undefined) {
      dropped.push(i + 1);
      keptIndex.push(-1);
      continue;
    }
    if (ids.length > 1) return { ok: false, error: 'ambiguous-site' };
    keptIndex.push(stops.length);
    stops.push({ site: ids[0] ?? '', minutes: Number(m[2]) });
  }
  // Nothing left of a plan that had stops: the link is of no use.
  if (tokens.length > 0 && stops.length === 0) return { ok: false, error: 'unknown-site' };
  let lunch: Plan['lunch'];
  if (lunchPart !== undefined) {
    const m = /^l(\d{1,2})-(\d{1,3})$/.exec(lunchPart);
    if (m === null || !INT.test(m[1] ?? '')) return { ok: false, error: 'malformed' };
    const after = Number(m[1]);
    if (after >= tokens.length) return { ok: false, error: 'invalid' };
    // Lunch after a dropped stop moves to the kept stop before it (or the first stop).
    const kept = keptIndex.slice(0, after + 1).filter((k) => k >= 0);
    lunch = { afterStop: kept.length === 0 ? 0 : (kept[kept.length - 1] ?? 0), minutes: Number(m[2]) };
  }
  const candidate = {
    v: 1,
    start,
    startTime: `${tm[1]}:${tm[2]}`,
    stops,
    ...(lunch === undefined ? {} : { lunch }),
  };
  const parsed = PlanSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  return dropped.length > 0 ? { ok: true, plan: parsed.data, dropped } : { ok: true, plan: parsed.data };
}

/** Decodes a plan from a URL parameter. Pure, never throws; the plan is validated by PlanSchema. */
export function decodePlan(str: string, knownSiteIds: readonly string[]): DecodeResult {
  try {
    if (typeof str !== 'string') return { ok: false, error: 'malformed' };
    return decodeUnsafe(str, knownSiteIds);
  } catch {
    return { ok: false, error: 'malformed' };
  }
}
