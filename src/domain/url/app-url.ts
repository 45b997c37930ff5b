import { z } from 'zod';
import { LangSchema, SlugSchema, type Lang } from '../schema/common.ts';

/** What the address bar can say about the app. Room for filters, plans and modes, which own their own keys. */
export interface UrlState {
  site: string | null;
  lang: Lang | null;
}

export const EMPTY_URL_STATE: UrlState = { site: null, lang: null };

const MAX_VALUE_LENGTH = 200;

/** The first value of a key, if it parses; anything else (missing, malformed, too long) is ignored. */
function first<T>(params: URLSearchParams, key: string, schema: z.ZodType<T>): T | null {
  const raw = params.get(key);
  if (raw === null || raw.length > MAX_VALUE_LENGTH) return null;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Pure: parse a query string ("?site=x&lang=en") into URL state. Never throws. */
export function parseUrlState(search: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return EMPTY_URL_STATE;
  }
  return {
    site: first(params, 'site', SlugSchema),
    lang: first(params, 'lang', LangSchema),
  };
}

/**
 * Pure: write URL state into a query string, keeping the keys other features own (filters, plan, mode) as they
 * are. Keys with no value are removed, so the home state has a clean address.
 */
export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  setOrDelete(params, 'site', state.site);
  setOrDelete(params, 'lang', state.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null || value === '') params.delete(key);
  else params.set(key, value);
}
