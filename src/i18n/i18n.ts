import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../domain/schema/common.ts';
import vi from './locales/vi.json';
import en from './locales/en.json';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

/** Create and initialise an i18next instance (one per app; tests make their own). */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: false,
    supportedLngs: ['vi', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
