import { useTranslation } from 'react-i18next';
import vi from './locales/vi.json';
import en from './locales/en.json';

/** The passport view's strings: their own i18next namespace ("passport"), shipped in the view's lazy chunk. */
export function usePassportT(): (key: string, options?: Record<string, unknown>) => string {
  const { t, i18n } = useTranslation();
  for (const [lang, bundle] of [['vi', vi], ['en', en]] as const) {
    if (!i18n.hasResourceBundle(lang, 'passportView')) i18n.addResourceBundle(lang, 'passportView', bundle);
  }
  return (key, options) => t(`passportView:${key}`, options ?? {});
}
