import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/schema/common.ts';

/** i18next, <html lang> and the document title follow the chosen language. */
export function useDocumentLanguage(lang: Lang): void {
  const { i18n, t } = useTranslation();
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [i18n, lang, t]);
}
