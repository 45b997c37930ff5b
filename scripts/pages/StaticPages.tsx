import { useTranslation } from 'react-i18next';
import type { Lang } from '../../src/domain/schema/common.ts';
import type { SiteFeature } from '../../src/domain/schema/site.ts';
import { sitePagePath } from '../../src/domain/publish/publish-config.ts';
import { Header } from '../../src/shared/Header.tsx';
import { SitesList } from '../../src/features/sites-list/SitesList.tsx';

/**
 * The element after the home page's header bar and tabs: its first paint waits for it (render-pages.tsx, PageMeta's
 * `paintAfter`). A frame painted from the HTML so far, ending inside the header, would show a shorter bar (a slow
 * phone showed one 24 px short, without the About and language buttons beside the title) that then grows.
 */
export const HOME_PAINT_AFTER = 'main';

/**
 * The home page's first paint: the app's first screen drawn from the same components and classes (the header bar
 * with its controls, the view tabs, the list column with its head, the map's place), so nothing moves when the app
 * takes over (src/app/prerendered.ts). The controls are inert look-alikes until then; the rows are links to the
 * site pages, so the list is readable and usable with JavaScript off (the page scrolls in the list column).
 */
export function HomeList({ sites, lang, storyMode }: { sites: readonly SiteFeature[]; lang: Lang; storyMode: boolean }) {
  const { t } = useTranslation();
  const noop = () => undefined;
  return (
    <div className="app app--view-list static-home">
      <a className="skip-link" href="#sites-list">
        {t('app.skipToList')}
      </a>
      <Header lang={lang} onLang={noop} onAbout={noop} inert>
        <div className="search">
          <input type="search" placeholder={t('search.placeholder')} aria-label={t('search.label')} />
        </div>
        {storyMode && (
          <button type="button" className="header-button story-button">
            {t('storyMode.open')}
          </button>
        )}
        <button type="button" className="header-button planner-button">
          <svg className="planner-button__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path d="M6 3h9l3 3v15H6z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
            <path d="M9 10h6M9 14h6M9 18h4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="planner-button__text">{t('planner.open')}</span>
        </button>
        <button type="button" className="header-button passport-button">
          {t('passport.open')}
        </button>
      </Header>
      {/* The phone's tabs: the list is what this page shows; the app opens on the map. */}
      <nav className="view-tabs" inert>
        <button type="button" aria-pressed="false">
          {t('views.map')}
        </button>
        <button type="button" aria-pressed="true">
          {t('views.list')}
        </button>
      </nav>
      <main className="app__main" id={HOME_PAINT_AFTER}>
        <div className="app__list">
          <SitesList
            sites={sites}
            lang={lang}
            sort="name"
            selectedId={null}
            onSort={noop}
            onSelect={noop}
            linkTo={(s) => sitePagePath(s.id, lang)}
            rowAction={() => <span className="add-to-plan add-to-plan--row static-home__reserve" aria-hidden="true" />}
            tools={
              <div className="static-home__tools" inert>
                <details className="filters">
                  <summary>{t('filters.title')}</summary>
                </details>
                <div className="near-me">
                  <button type="button" className="secondary-button">
                    {t('nearMe.button')}
                  </button>
                </div>
              </div>
            }
          />
        </div>
        <div className="app__map" />
      </main>
    </div>
  );
}

/** The real 404 page (no app on it): says so plainly, in both languages, and links home. */
export function NotFoundPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.getFixedT('en');
  return (
    <main className="static-page__main" id="main">
      <h1>
        {t('pages.notFoundTitle')} <span lang="en">/ {en('pages.notFoundTitle')}</span>
      </h1>
      <p>{t('pages.notFoundBody')}</p>
      <p lang="en">{en('pages.notFoundBody')}</p>
      <p>
        <a href="./">{t('pages.backHome')}</a> · <a href="./?lang=en" lang="en">{en('pages.backHome')}</a>
      </p>
    </main>
  );
}
