import { z } from 'zod/mini';
import { LangSchema, SlugSchema, type Lang } from '../schema/common.ts';
import { parseFilters, serializeFilters } from '../explore/filter-url.ts';
import { emptyFilters, type FilterState } from '../explore/filters.ts';

/**
 * What the address bar says about the app: the selected site, the language, the filters and the guided story.
 * Plans (`plan`) and the kiosk mode (`mode`) own their own keys and codecs; this module leaves them alone.
 */
export interface UrlState {
  site: string | null;
  lang: Lang | null;
  filters: FilterState;
  story: { id: string; chapter: number } | null;
  /** `from=qr`: the site was opened from its QR plate on the spot (a passport stamp); dropped after the first load. */
  from: 'qr' | null;
}

export const EMPTY_URL_STATE: UrlState = { site: null, lang: null, filters: emptyFilters(), story: null, from: null };

const MAX_VALUE_LENGTH = 200;
const ChapterSchema = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(99));

/** The first value of a key, if it parses; anything else (missing, malformed, too long) is ignored. */
function first<T>(params: URLSearchParams, key: string, schema: z.ZodMiniType<T>): T | null {
  const raw = params.get(key);
  if (raw === null || raw.length > MAX_VALUE_LENGTH) return null;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Pure: parse a query string ("?site=x&lang=en&cat=museum") into URL state. Never throws. */
export function parseUrlState(search: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return EMPTY_URL_STATE;
  }
  const storyId = first(params, 'story', SlugSchema);
  return {
    site: first(params, 'site', SlugSchema),
    lang: first(params, 'lang', LangSchema),
    filters: parseFilters(params),
    story: storyId === null ? null : { id: storyId, chapter: (first(params, 'ch', ChapterSchema) ?? 1) - 1 },
    from: first(params, 'from', z.literal('qr')),
  };
}

/**
 * Pure: write URL state into a query string, keeping the keys other features own (plan, mode) as they are.
 * Keys with no value are removed, so the home state has a clean address. Chapters are 1-based in the URL.
 */
export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const params = serializeFilters(state.filters, new URLSearchParams(currentSearch));
  setOrDelete(params, 'site', state.site);
  setOrDelete(params, 'lang', state.lang);
  setOrDelete(params, 'story', state.story?.id ?? null);
  setOrDelete(params, 'ch', state.story ? String(state.story.chapter + 1) : null);
  setOrDelete(params, 'from', state.from);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null || value === '') params.delete(key);
  else params.set(key, value);
}
