import { z } from 'zod/mini';
import { LangSchema, type Lang } from '../schema/common.ts';

/** localStorage key of the language the visitor chose with the header switch (never set on the kiosk). */
export const LANG_STORAGE_KEY = 'redmap:lang';

const StoredLang = z.strictObject({ lang: LangSchema });

/** Pure: the stored value (raw localStorage string or null) → the chosen language, or null if absent or damaged. */
export function parseStoredLang(raw: string | null): Lang | null {
  if (raw === null || raw.length > 100) return null;
  try {
    const parsed = StoredLang.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.lang : null;
  } catch {
    return null;
  }
}

export function serializeStoredLang(lang: Lang): string {
  return JSON.stringify({ lang });
}

/**
 * Pure: the browser's preferred language among ours. The first entry of navigator.languages whose primary subtag
 * is Vietnamese or English decides ("fr, en-GB" → English; "vi, en" → Vietnamese); none of them: null.
 */
export function preferredLang(languages: readonly string[]): Lang | null {
  for (const tag of languages.slice(0, 20)) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'vi') return 'vi';
    if (primary === 'en') return 'en';
  }
  return null;
}

export interface LangInputs {
  /** `lang` in the address: a shared link says what it was read in. */
  url: Lang | null;
  /** The visitor's own earlier choice on this device. */
  stored: Lang | null;
  /** navigator.languages. */
  browser: readonly string[];
  /** The kiosk is a fixed screen for many visitors: it keeps its configured default (and remembers no choice). */
  kiosk: boolean;
  /** The app's default (Vietnamese; the kiosk's configured home language once it is read). */
  fallback: Lang;
}

/** Pure: the language of the first screen. URL > stored choice > browser preference (English only) > default. */
export function chooseLang(i: LangInputs): Lang {
  if (i.url !== null) return i.url;
  if (i.kiosk) return i.fallback;
  if (i.stored !== null) return i.stored;
  return preferredLang(i.browser) === 'en' ? 'en' : i.fallback;
}
