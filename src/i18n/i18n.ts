import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../domain/schema/common.ts';
import vi from './locales/vi.json';

export type Translations = Record<string, unknown>;

/**
 * Vietnamese, the default, ships in the first load; English is fetched the first time someone switches (or opens
 * an English link), which keeps about 4 KB gzip out of every student's first load.
 */
const loaders: Record<Lang, () => Promise<Translations>> = {
  vi: () => Promise.resolve(vi),
  en: () => import('./locales/en.json').then((m) => m.default),
};

/** Create and initialise an i18next instance (one per app; tests make their own and may preload English). */
export function createI18n(lang: Lang = 'vi', preloaded: Partial<Record<Lang, Translations>> = {}): i18n {
  const instance = i18next.createInstance();
  const bundles: Partial<Record<Lang, Translations>> = { vi, ...preloaded };
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(bundles).map(([l, t]) => [l, { translation: t }])),
    lng: bundles[lang] ? lang : 'vi',
    fallbackLng: false,
    supportedLngs: ['vi', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Load a language's strings if needed, then switch to it. */
export async function ensureLanguage(instance: i18n, lang: Lang): Promise<void> {
  if (!instance.hasResourceBundle(lang, 'translation')) {
    instance.addResourceBundle(lang, 'translation', await loaders[lang]());
  }
  if (instance.language !== lang) await instance.changeLanguage(lang);
}
