import { lazy } from 'react';

/**
 * The site panel (story, photos, sources, actions) is the largest part of the UI a visitor may never open from the
 * home page, so it loads on first use; a link that names a site starts loading it at boot, beside the content.
 */
export const loadSitePanel = () => import('./SelectedSitePanel.tsx');

export const LazySelectedSitePanel = lazy(() => loadSitePanel().then((m) => ({ default: m.SelectedSitePanel })));

/** True when the address names a site (`?site=`; a pre-rendered site page is adopted as one before the app starts). */
export function addressNamesSite(search: string): boolean {
  return new URLSearchParams(search).has('site');
}
