import { useTranslation } from 'react-i18next';
import vi from './locales/vi.json';
import en from './locales/en.json';

/** The kiosk quiz card's strings: their own i18next namespace ("kioskQuiz"), shipped in the card's lazy chunk. */
export function useKioskQuizT(): (key: string, options?: Record<string, unknown>) => string {
  const { t, i18n } = useTranslation();
  for (const [lang, bundle] of [['vi', vi], ['en', en]] as const) {
    if (!i18n.hasResourceBundle(lang, 'kioskQuiz')) i18n.addResourceBundle(lang, 'kioskQuiz', bundle);
  }
  return (key, options) => t(`kioskQuiz:${key}`, options ?? {});
}
