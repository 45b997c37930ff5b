import type { Lang } from '../domain/schema/common.ts';
import { LANG_STORAGE_KEY, chooseLang, parseStoredLang, serializeStoredLang } from '../domain/i18n/lang-choice.ts';
import { parseUrlState } from '../domain/url/app-url.ts';
import { parseMode } from '../domain/url/mode.ts';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked: no remembered choice, no crash
  }
}

/** The language of the first screen, from the address, the remembered choice and the browser (see chooseLang). */
export function startLang(search: string = window.location.search): Lang {
  let stored: Lang | null = null;
  try {
    stored = parseStoredLang(storage()?.getItem(LANG_STORAGE_KEY) ?? null);
  } catch {
    stored = null;
  }
  return chooseLang({
    url: parseUrlState(search).lang,
    stored,
    browser: typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
    kiosk: parseMode(search) === 'kiosk',
    fallback: 'vi',
  });
}

/** Remember the visitor's own choice (not on the kiosk: the next visitor starts in the kiosk's language). */
export function rememberLang(lang: Lang, kiosk: boolean): void {
  if (kiosk) return;
  try {
    storage()?.setItem(LANG_STORAGE_KEY, serializeStoredLang(lang));
  } catch {
    // full or blocked storage: the choice lasts this visit only
  }
}
