import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/schema/common.ts';

/**
 * The app's header bar. The pre-rendered home page (scripts/pages/StaticPages.tsx) draws the same bar, its controls
 * `inert` look-alikes (nothing to press before the app runs), so the bar keeps its height when the app takes over.
 */
export function Header({
  lang,
  onLang,
  onAbout,
  inert,
  children,
}: {
  lang: Lang;
  onLang: (lang: Lang) => void;
  onAbout?: () => void;
  /** The static copy: every control present, out of reach (not focusable, not in the accessibility tree). */
  inert?: boolean;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <header className="app-header">
      <div className="app-header__title">
        {/* The phone header shows the short title (CSS picks one; the hidden one is out of the accessibility tree). */}
        <h1>
          <span className="app-header__full-title">{t('app.title')}</span>
          <span className="app-header__short-title">{t('app.shortTitle')}</span>
        </h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </div>
      <div className="app-header__tools" inert={inert}>
        {children}
      </div>
      {onAbout && (
        <button type="button" className="about-button" inert={inert} onClick={onAbout} aria-label={t('visitor.aboutLabel')}>
          {t('visitor.about')}
        </button>
      )}
      {/* Last in the row on wide screens; beside the title on phones (see app.css), so the tools get a row of their own. */}
      <button type="button" className="lang-switch" inert={inert} lang={other} onClick={() => onLang(other)} aria-label={t('lang.switchLabel')}>
        {t('lang.switchTo')}
      </button>
    </header>
  );
}
