import { useTranslation } from 'react-i18next';
import type { Lang } from '../../src/domain/schema/common.ts';
import type { SiteFeature } from '../../src/domain/schema/site.ts';
import { sitePagePath } from '../../src/domain/publish/publish-config.ts';
import { displayName, sortSites } from '../../src/domain/sort-sites.ts';
import { CategoryIcon } from '../../src/features/shared/CategoryIcon.tsx';

/**
 * The home page's first paint: the app's header bar (same classes, so it stays put when the app takes over) and
 * every site with its commune and category, linking to the site pages. Readable and usable with JavaScript off.
 */
export function HomeList({ sites, lang }: { sites: readonly SiteFeature[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="static-home">
      <header className="app-header">
        <div className="app-header__title">
          <h1>{t('app.title')}</h1>
          <p className="app-header__tagline">{t('app.tagline')}</p>
        </div>
      </header>
      <main className="static-page__main" id="main">
        <h2>
          {t('pages.siteList')} <span className="count">({t('pages.siteCount', { count: sites.length })})</span>
        </h2>
        <ul className="static-home__list">
          {sortSites(sites, 'name', lang).map((s) => (
            <li key={s.id}>
              <a href={sitePagePath(s.id, lang)} data-site-id={s.id}>
                <CategoryIcon category={s.properties.category} />
                <span className="static-home__name">{displayName(s, lang)}</span>
              </a>
              <span className="muted">
                {' '}
                · {t(`category.${s.properties.category}`)} · {s.properties.place.communeAfter2025}
              </span>
            </li>
          ))}
        </ul>
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
