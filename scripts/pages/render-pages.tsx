import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import type { ReactNode } from 'react';
import { LANGS, type Lang } from '../../src/domain/schema/common.ts';
import type { ValidContent } from '../../src/domain/validate/validate-content.ts';
import { ogImagePath, publicSitePageUrl, sitePageDepth, sitePagePath, type OgFormat } from '../../src/domain/publish/publish-config.ts';
import type { PhotoIndex } from '../../src/domain/media/photos.ts';
import photosVi from '../../src/features/photos/locales/vi.json';
import photosEn from '../../src/features/photos/locales/en.json';
import { renderMarkdown } from '../../src/features/story/render-markdown.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import en from '../../src/i18n/locales/en.json';
import { fillTemplate, type PageMeta } from './document.ts';
import { SitePage } from './SitePage.tsx';
import { HOME_PAINT_AFTER, HomeList, NotFoundPage } from './StaticPages.tsx';
import { siteJsonLd } from './json-ld.ts';

export interface RenderOptions {
  /** The built index.html. */
  template: string;
  content: ValidContent;
  publicBaseUrl: string | null;
  /** Sites that have their preview images, and in which format (og/<id>.png|jpg, og/en/<id>.…; scripts/print/og-image.tsx). */
  ogImages?: ReadonlyMap<string, OgFormat>;
  /** content/images.json as the build made it: a site's first photo heads its page. */
  photos?: PhotoIndex;
}

/** dist-relative file name → contents. */
export type PageFiles = Map<string, string>;

const SUMMARY_MAX = 200;

/** Every pre-rendered page (both languages per site), the home page with its site list, 404, sitemap, robots. */
export function renderPages(opts: RenderOptions): PageFiles {
  const out: PageFiles = new Map();
  const i18ns: Record<Lang, i18n> = { vi: createI18n('vi', { en }), en: createI18n('en', { en }) };
  // The gallery's words (its own namespace, as the lazy gallery adds them in the app).
  for (const i of Object.values(i18ns)) {
    i.addResourceBundle('vi', 'photos', photosVi);
    i.addResourceBundle('en', 'photos', photosEn);
  }
  const render = (lang: Lang, node: ReactNode) => renderToStaticMarkup(<I18nextProvider i18n={i18ns[lang]}>{node}</I18nextProvider>);
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  const base = opts.publicBaseUrl;

  for (const site of opts.content.sites) {
    for (const lang of LANGS) {
      const t = i18ns[lang].t;
      const story = opts.content.stories.find((s) => s.siteId === site.id && s.lang === lang);
      const storyHtml = story ? renderMarkdown(story.body, purify, window.document) : null;
      const p = site.properties;
      const canonical = base ? publicSitePageUrl(base, site.id, lang) : null;
      const ogFormat = opts.ogImages?.get(site.id);
      const photo = opts.photos?.[site.id]?.[0];
      const meta: PageMeta = {
        lang,
        base: '../'.repeat(sitePageDepth(lang)),
        title: `${p.name[lang]} – ${t('app.shortTitle')}`,
        description: clip(p.summary[lang], SUMMARY_MAX),
        canonical,
        alternates: base ? { vi: publicSitePageUrl(base, site.id, 'vi'), en: publicSitePageUrl(base, site.id, 'en') } : null,
        ogImage: base && ogFormat ? { url: new URL(ogImagePath(site.id, lang, ogFormat), base).href, alt: p.name[lang], type: ogFormat === 'jpg' ? 'image/jpeg' : 'image/png' } : null,
        ogType: 'article',
        jsonLd: siteJsonLd(site, lang, canonical),
      };
      out.set(`${sitePagePath(site.id, lang)}index.html`, fillTemplate(opts.template, meta, render(lang, <SitePage site={site} lang={lang} story={story} storyHtml={storyHtml} photo={photo} />)));
    }
  }

  const t = i18ns.vi.t;
  const home: PageMeta = {
    lang: 'vi',
    base: './',
    title: t('app.title'),
    description: t('app.tagline'),
    canonical: base,
    alternates: base ? { vi: base, en: `${base}?lang=en` } : null,
    ogImage: null,
    ogType: 'website',
    jsonLd: null,
    // The header bar and the tabs are whole in the first frame, as in the app's (the rows of the list may stream in).
    paintAfter: HOME_PAINT_AFTER,
  };
  out.set('index.html', fillTemplate(opts.template, home, render('vi', <HomeList sites={opts.content.sites} lang="vi" storyMode={opts.content.storyModes.length > 0} />)));

  // Served for any unknown address, at any depth: the base must be absolute (the public folder's path, or "/").
  const notFound: PageMeta = { ...home, paintAfter: undefined, base: base ? new URL(base).pathname : '/', title: `${t('pages.notFoundTitle')} – ${t('app.shortTitle')}`, canonical: null, alternates: null, noindex: true };
  out.set('404.html', fillTemplate(opts.template, notFound, render('vi', <NotFoundPage />)));

  out.set('robots.txt', `User-agent: *\nAllow: /\n${base ? `Sitemap: ${base}sitemap.xml\n` : ''}`);
  if (base) out.set('sitemap.xml', sitemap(base, opts.content));
  return out;
}

/** Every site page in both languages, each with its alternates; lastmod from the story's `updated`. */
export function sitemap(base: string, content: ValidContent): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const urls: string[] = [];
  const alt = (vi: string, enUrl: string) =>
    `<xhtml:link rel="alternate" hreflang="vi" href="${esc(vi)}"/><xhtml:link rel="alternate" hreflang="en" href="${esc(enUrl)}"/>`;
  urls.push(`<url><loc>${esc(base)}</loc>${alt(base, `${base}?lang=en`)}</url>`);
  for (const site of content.sites) {
    const vi = publicSitePageUrl(base, site.id, 'vi');
    const enUrl = publicSitePageUrl(base, site.id, 'en');
    for (const lang of LANGS) {
      const updated = content.stories.find((s) => s.siteId === site.id && s.lang === lang)?.frontMatter.updated;
      urls.push(`<url><loc>${esc(lang === 'vi' ? vi : enUrl)}</loc>${alt(vi, enUrl)}${updated ? `<lastmod>${updated}</lastmod>` : ''}</url>`);
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

