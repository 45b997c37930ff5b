import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { displayUrl, plateUrl } from '../../domain/publish/publish-config.ts';
import { PUBLIC_BASE_URL } from '../../content/public-base-url.ts';
import { useQr } from '../planner/use-qr.ts';
import appVi from '../../i18n/locales/vi.json';
import appEn from '../../i18n/locales/en.json';
import vi from './locales/vi.json';
import en from './locales/en.json';
import './site-plate.css';

/** The app's own words for rank and category (a plate says what the panel says), and the plate's few strings. */
const APP = { vi: appVi, en: appEn } as const;
const PLATE = { vi, en } as const;
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The folder the app is served from (a site page's <base href> points at it too). */
function appFolder(): string {
  return new URL('./', document.baseURI).href;
}

/** The plate's QR address: the public base URL, or, without one, this app's own folder (said on the plate when loopback). */
export function sitePlateUrl(id: string, base: string | null = PUBLIC_BASE_URL): { url: string; local: boolean } {
  const url = plateUrl(base ?? appFolder(), id);
  return { url, local: base === null && LOOPBACK.test(new URL(url).hostname) };
}

interface Props {
  site: SiteFeature;
  /** The reader's language, for the on-screen status (the plate itself is bilingual, Vietnamese first). */
  lang: Lang;
  /** Called after printing; must keep its identity (useCallback), or printing would start again on a re-render. */
  onDone: () => void;
}

/**
 * One A5 plate of a site, printed from the browser (site-plate.css: hidden on screen, the only thing on paper,
 * on its own named A5 page): both names, the rank badge, the category, the QR code of the site's page on the public
 * address (`dia-diem/<id>/?from=qr`, the address `npm run plates` prints), that address under it, and the scan line.
 */
export default function SitePlate({ site, lang, onDone }: Props) {
  const { i18n } = useTranslation();
  const { url, local } = sitePlateUrl(site.id);
  const qr = useQr(url, true);
  const p = site.properties;
  const year = p.rank.year !== undefined ? ` (${p.rank.year})` : '';

  useEffect(() => {
    if (qr === null) return;
    const root = document.documentElement;
    root.classList.add('printing-plate');
    const done = () => {
      root.classList.remove('printing-plate');
      onDone();
    };
    window.addEventListener('afterprint', done);
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
      root.classList.remove('printing-plate');
    };
  }, [qr, onDone]);

  const uiLang: Lang = i18n.language === 'en' ? 'en' : lang;
  return createPortal(
    <div className="site-plate">
      <p className="site-plate__status" role="status" lang={uiLang}>
        {qr === null ? PLATE[uiLang].preparing : ''}
      </p>
      <article className="site-plate__sheet" lang="vi" aria-hidden={qr === null}>
        <header className="site-plate__band">
          <p className="site-plate__map">{APP.vi.app.title}</p>
          <p className="site-plate__map-en" lang="en">
            {APP.en.app.title}
          </p>
        </header>
        <div className="site-plate__body">
          <h1 className="site-plate__name">{p.name.vi}</h1>
          <p className="site-plate__name-en" lang="en">
            {p.name.en}
          </p>
          <p className="site-plate__rank">
            {APP.vi.rank[p.rank.level]}
            {' · '}
            <span lang="en">{APP.en.rank[p.rank.level]}</span>
            {year}
          </p>
          <p className="site-plate__category">
            {APP.vi.category[p.category]}
            {' · '}
            <span lang="en">{APP.en.category[p.category]}</span>
          </p>
          <figure className="site-plate__qr">
            {qr !== null && <div className="site-plate__code" dangerouslySetInnerHTML={{ __html: qr }} />}
            <figcaption>
              <span className="site-plate__url">{displayUrl(url)}</span>
              <strong className="site-plate__scan">{PLATE.vi.scan}</strong>
              <span className="site-plate__scan-en" lang="en">
                {PLATE.en.scan}
              </span>
            </figcaption>
          </figure>
          {local && (
            <p className="site-plate__warning">
              {PLATE.vi.localAddress} <span lang="en">{PLATE.en.localAddress}</span>
            </p>
          )}
        </div>
      </article>
    </div>,
    document.body,
  );
}
