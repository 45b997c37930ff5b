import { useLayoutEffect } from 'react';
import { parseSitePagePath } from '../domain/publish/publish-config.ts';

/**
 * The build's pre-rendered pages (scripts/pages) put their markup in #prerendered, before the app's #root. The app
 * boots on them as on its own folder: a site page `dia-diem/<id>/` (or `en/sites/<id>/`) becomes `?site=<id>`
 * (`&lang=en`) before anything reads the address, and the static markup stays on screen until the app has drawn
 * itself, then goes in the same frame (no blank flash).
 */
export const PRERENDERED_ID = 'prerendered';

export function hasPrerendered(doc: Document = document): boolean {
  return doc.getElementById(PRERENDERED_ID) !== null;
}

/** Pure: the app-folder address a pre-rendered page stands for (null: already the app's folder). */
export function appAddressOf(href: string, baseURI: string): string | null {
  const here = new URL(href);
  const base = new URL(baseURI);
  if (here.pathname === base.pathname) return null;
  const page = parseSitePagePath(here.pathname);
  const params = new URLSearchParams(here.search);
  if (page) {
    params.set('site', page.id);
    if (page.lang === 'en') params.set('lang', 'en');
  }
  const s = params.toString();
  return `${base.pathname}${s ? `?${s}` : ''}${here.hash}`;
}

/** On a pre-rendered page below the app's folder: rewrite the address to the app's form (no reload). */
export function adoptPrerenderedAddress(): void {
  if (!hasPrerendered()) return;
  const next = appAddressOf(window.location.href, document.baseURI);
  if (next !== null) window.history.replaceState(window.history.state, '', next);
}

/** Remove the static markup once the app's first screen is in the DOM (a layout effect: before it is painted). */
export function useRemovePrerendered(when: boolean): void {
  useLayoutEffect(() => {
    if (when) document.getElementById(PRERENDERED_ID)?.remove();
  }, [when]);
}
