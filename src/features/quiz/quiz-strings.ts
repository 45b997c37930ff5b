import { useTranslation } from 'react-i18next';
import vi from './locales/vi.json';
import en from './locales/en.json';

/**
 * The quiz's strings: an i18next namespace of their own ("quiz"), shipped in the quiz's lazy chunk rather than in
 * the first-load locale file. Only the "Đố vui" / "Quiz" buttons live in src/i18n/locales.
 */
export function useQuizT(): (key: string, options?: Record<string, unknown>) => string {
  const { t, i18n } = useTranslation();
  for (const [lang, bundle] of [['vi', vi], ['en', en]] as const) {
    if (!i18n.hasResourceBundle(lang, 'quiz')) i18n.addResourceBundle(lang, 'quiz', bundle);
  }
  return (key, options) => t(`quiz:${key}`, options ?? {});
}
