/**
 * Filter state ⇄ URL query parameters, so a filtered map can be shared or bookmarked:
 * ?cat=museum,prison&rank=national&period=1946-1954&district=Định Hóa&commune=xã Phú Đình
 * Parsing never throws: unknown or malformed values are dropped, duplicates removed, first-seen order kept.
 */
import { z } from 'zod/mini';
import { CategorySchema } from '../schema/site.ts';
import { PERIOD_IDS, RANK_FILTERS, emptyFilters, type FacetKey, type FilterState, type PeriodId } from './filters.ts';

/** URL key of each facet. */
export const FILTER_PARAM_KEYS = {
  categories: 'cat',
  ranks: 'rank',
  periods: 'period',
  districts: 'district',
  communesAfter2025: 'commune',
} as const satisfies Record<FacetKey, string>;

/** Guards against hostile URLs: at most this many values per facet and this many characters per value. */
export const MAX_VALUES_PER_FACET = 50;
export const MAX_VALUE_LENGTH = 100;
/** Longer raw parameters are not even split (a legitimate one is far shorter). */
const MAX_RAW_LENGTH = MAX_VALUES_PER_FACET * (MAX_VALUE_LENGTH + 1);

const PeriodIdSchema = z.enum(PERIOD_IDS as [PeriodId, ...PeriodId[]]);

/** A place name: letters, marks, digits, spaces and a little punctuation; no control or markup characters. */
const PlaceNameSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim()),
  ),
  z.string().check(z.minLength(1), z.maxLength(MAX_VALUE_LENGTH), z.regex(/^[\p{L}\p{M}\p{N} .'’()-]+$/u)),
);

/** All values of one key (repeated keys are merged), split on commas, validated, deduplicated. */
function readList<T>(params: URLSearchParams, key: string, schema: z.ZodMiniType<T>): T[] {
  const out: T[] = [];
  const seen = new Set<T>();
  for (const raw of params.getAll(key)) {
    if (raw.length > MAX_RAW_LENGTH) continue;
    for (const piece of raw.split(',')) {
      const parsed = schema.safeParse(piece.trim());
      if (!parsed.success || seen.has(parsed.data)) continue;
      seen.add(parsed.data);
      out.push(parsed.data);
      if (out.length >= MAX_VALUES_PER_FACET) return out;
    }
  }
  return out;
}

export function parseFilters(params: URLSearchParams): FilterState {
  const state = emptyFilters();
  try {
    state.categories = readList(params, FILTER_PARAM_KEYS.categories, CategorySchema);
    state.ranks = readList(params, FILTER_PARAM_KEYS.ranks, z.enum(RANK_FILTERS));
    state.periods = readList(params, FILTER_PARAM_KEYS.periods, PeriodIdSchema);
    state.districts = readList(params, FILTER_PARAM_KEYS.districts, PlaceNameSchema);
    state.communesAfter2025 = readList(params, FILTER_PARAM_KEYS.communesAfter2025, PlaceNameSchema);
  } catch {
    return emptyFilters(); // defensive: a URL must never break the page
  }
  return state;
}

/**
 * A copy of `params` with the filter keys set from `state` (empty facets removed, values deduplicated);
 * every other parameter is kept as it was. The input is not modified.
 */
export function serializeFilters(state: FilterState, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [facet, key] of Object.entries(FILTER_PARAM_KEYS) as [FacetKey, string][]) {
    out.delete(key);
    const values = [...new Set<string>(state[facet])].filter((v) => v !== '' && !v.includes(','));
    if (values.length > 0) out.set(key, values.join(','));
  }
  return out;
}
