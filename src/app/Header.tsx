import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/schema/common.ts';

export function Header({ lang, onLang, children }: { lang: Lang; onLang: (lang: Lang) => void; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{t('app.title')}</h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </div>
      <div className="app-header__tools">
        {children}
        <button type="button" className="lang-switch" lang={other} onClick={() => onLang(other)} aria-label={t('lang.switchLabel')}>
          {t('lang.switchTo')}
        </button>
      </div>
    </header>
  );
}
