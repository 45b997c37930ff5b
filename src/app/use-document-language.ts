import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/schema/common.ts';
import { ensureLanguage } from '../i18n/i18n.ts';

/** i18next (loading the language's strings if needed), <html lang> and the document title follow the language. */
export function useDocumentLanguage(lang: Lang): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    let live = true;
    void ensureLanguage(i18n, lang).then(() => {
      if (!live) return;
      document.documentElement.lang = lang;
      document.title = i18n.t('app.title');
    });
    return () => {
      live = false;
    };
  }, [i18n, lang]);
}
