import { useTranslation } from 'react-i18next';
import type { Lang } from '../../src/domain/schema/common.ts';
import type { SiteFeature } from '../../src/domain/schema/site.ts';
import type { Story } from '../../src/domain/schema/story.ts';
import { sitePagePath } from '../../src/domain/publish/publish-config.ts';
import { CategoryIcon } from '../../src/features/shared/CategoryIcon.tsx';
import { Timeline } from '../../src/features/site-panel/Timeline.tsx';
import { PlaceFacts } from '../../src/features/site-panel/PlaceFacts.tsx';
import { VisitFacts } from '../../src/features/site-panel/VisitFacts.tsx';
import { RankDecision } from '../../src/features/site-panel/RankDecision.tsx';
import { ExternalLink } from '../../src/features/shared/ExternalLink.tsx';
import type { Photo, PhotoSource } from '../../src/domain/media/photos.ts';

/** The map link of a site, relative to the app's folder (the page's `<base href>`). */
export function mapLink(id: string | null, lang: Lang): string {
  const q = new URLSearchParams();
  if (id !== null) q.set('site', id);
  if (lang === 'en') q.set('lang', 'en');
  const s = q.toString();
  return s ? `./?${s}` : './';
}

/** The strip above every static page: the map's name (home), the other language. */
export function PageHeader({ lang, otherHref }: { lang: Lang; otherHref: string }) {
  const { t } = useTranslation();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <header className="static-page__header">
      <a className="static-page__home" href={mapLink(null, lang)}>
        {t('app.title')}
      </a>
      <a href={otherHref} hrefLang={other} lang={other} aria-label={t('pages.otherLanguageLabel')}>
        {t('pages.otherLanguage')}
      </a>
    </header>
  );
}

/**
 * A site's page as the build writes it, readable with JavaScript off: the same facts as the site panel (the
 * panel's own components, so both always say the same), then the full story and the sources.
 */
/** srcset of the build's copies; relative, so they resolve against the page's `<base href>` (the app's folder). */
const srcset = (list: readonly PhotoSource[]) => list.map((s) => `${s.src} ${s.width}w`).join(', ');
/** The article is at most 44rem wide (static-page__main), less its padding. */
const SIZES = '(min-width: 736px) 672px, calc(100vw - 32px)';

/**
 * The site's first photo as the page's header (issue 14 photos item 3): the build's AVIF and WebP copies, its size
 * given so the box is kept before it loads, eager (it is the first thing on the page), the caption with its credit,
 * licence and source. No placeholder: the page's CSP forbids inline styles.
 */
export function HeaderPhoto({ photo, lang }: { photo: Photo; lang: Lang }) {
  const { t } = useTranslation();
  const first = photo.webp[0];
  const widest = photo.webp[photo.webp.length - 1] ?? first;
  return (
    <figure className="static-page__photo">
      <picture>
        {photo.avif.length > 0 && <source type="image/avif" srcSet={srcset(photo.avif)} sizes={SIZES} />}
        <source type="image/webp" srcSet={srcset(photo.webp)} sizes={SIZES} />
        <img src={first?.src} width={widest?.width ?? photo.width} height={widest?.height ?? photo.height} alt={photo.alt[lang]} decoding="async" fetchPriority="high" />
      </picture>
      <figcaption>
        {photo.caption[lang]}{' '}
        <span className="static-page__credit">
          {t('photos:credit', { credit: photo.credit })} ·{' '}
          {photo.licenceUrl ? (
            <a href={photo.licenceUrl} rel="license noopener">
              {photo.licence}
            </a>
          ) : (
            photo.licence
          )}{' '}
          · <ExternalLink href={photo.source}>{t('photos:source')}</ExternalLink>
        </span>
      </figcaption>
    </figure>
  );
}

export function SitePage({ site, lang, story, storyHtml, photo }: { site: SiteFeature; lang: Lang; story: Story | undefined; storyHtml: string | null; photo?: Photo | undefined }) {
  const { t } = useTranslation();
  const p = site.properties;
  const sources = mergeSources(p.sources, story?.frontMatter.sources ?? []);
  return (
    <>
      <PageHeader lang={lang} otherHref={sitePagePath(site.id, lang === 'vi' ? 'en' : 'vi')} />
      <main className="static-page__main" id="main">
        <article className="static-page__article" data-site-id={site.id}>
          {photo && <HeaderPhoto photo={photo} lang={lang} />}
          <h1>{p.name[lang]}</h1>
          <p className="site-panel__category">
            <CategoryIcon category={p.category} /> {t(`category.${p.category}`)}
            {' · '}
            <span className="site-panel__rank">{t(`rank.${p.rank.level}`)}</span>
            {p.rank.year !== undefined ? ` (${p.rank.year})` : ''}
          </p>
          {p.rank.decision !== undefined && <RankDecision decision={p.rank.decision} lang={lang} />}
          {p.rank.note !== undefined && <p className="muted">{p.rank.note[lang]}</p>}
          {!p.redAddress && <p className="notice">{t('panel.notRedAddress')}</p>}
          <p className="static-page__summary">{p.summary[lang]}</p>
          <p>
            <a className="static-page__map-link" href={mapLink(site.id, lang)}>
              {t('pages.viewOnMap')}
            </a>
          </p>
          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t('panel.location')}</h2>
            <div className={`confidence confidence--${p.location.confidence}`}>
              <p className="confidence__level">
                <strong>{t(`confidence.${p.location.confidence}`)}</strong>
              </p>
              <p>{p.location.note[lang]}</p>
            </div>
            <Timeline dates={p.dates} lang={lang} />
            <PlaceFacts place={p.place} lang={lang} />
            <VisitFacts visit={p.visit} lang={lang} />
          </section>
          {story && storyHtml !== null && (
            <section aria-labelledby="story-heading" className="static-page__story">
              <h2 id="story-heading">
                {t('pages.story')}: {story.frontMatter.title}
              </h2>
              {/* Sanitised by the app's own renderer (marked + DOMPurify, scripts/pages/markdown.ts). */}
              <div className="site-story__body" dangerouslySetInnerHTML={{ __html: storyHtml }} />
            </section>
          )}
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t('panel.sources', { count: sources.length })}</h2>
            <ul className="sources">
              {sources.map((s) => (
                <li key={s.url}>
                  <ExternalLink href={s.url}>{s.title}</ExternalLink>
                </li>
              ))}
            </ul>
          </section>
        </article>
      </main>
    </>
  );
}

function mergeSources<T extends { url: string }>(a: readonly T[], b: readonly T[]): T[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((s) => !seen.has(s.url) && (seen.add(s.url), true));
}
