import { useTranslation } from 'react-i18next';
import vi from './locales/vi.json';
import en from './locales/en.json';

/**
 * The player's strings: an i18next namespace of their own ("narration"), shipped in the player's lazy chunk rather
 * than in the first-load locale file. Only the "Listen" button and the no-voice line live in src/i18n/locales.
 */
export function useNarrationT(): (key: string, options?: Record<string, unknown>) => string {
  const { t, i18n } = useTranslation();
  for (const [lang, bundle] of [['vi', vi], ['en', en]] as const) {
    if (!i18n.hasResourceBundle(lang, 'narration')) i18n.addResourceBundle(lang, 'narration', bundle);
  }
  return (key, options) => t(`narration:${key}`, options ?? {});
}
