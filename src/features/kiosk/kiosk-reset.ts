import type { Map as MapLibreMap } from 'maplibre-gl';
import { EMPTY_URL_STATE, type UrlState } from '../../domain/url/app-url.ts';
import { emptyFilters } from '../../domain/explore/filters.ts';
import { applyUpdate } from '../../shared/register-sw.ts';
import type { KioskConfig } from './kiosk-config.ts';
import { kioskStats } from './kiosk-stats.ts';

/** The app state of the home screen: nothing selected, no filters, no story, the home language. */
export function homeUrlState(home: KioskConfig['home']): UrlState {
  return { ...EMPTY_URL_STATE, filters: emptyFilters(), lang: home.lang };
}

/**
 * Pure: reload the page at this reset? Once it has run `freshStartHours` (0: never), and only if the reload cannot
 * leave the screen on a browser error page: the service worker serves the app offline, or the network is up.
 */
export function shouldStartFresh(o: { uptimeMs: number; freshStartHours: number; servedOffline: boolean; online: boolean }): boolean {
  if (o.freshStartHours <= 0 || o.uptimeMs < o.freshStartHours * 3_600_000) return false;
  return o.servedOffline || o.online;
}

/**
 * Back to the home screen for the next visitor: the store's `reset` (selection, filters, language, story mode, the
 * plan, and the count of resets that tells the planner to forget the saved plan on the device and the narration,
 * search box and filter box to forget this visitor), the map view, focus; and, if a new version of the app is
 * waiting, it takes over now (the page reloads while nobody is looking). After `freshStartHours` the page reloads
 * anyway, for a fresh start.
 */
export function performKioskReset(opts: {
  config: Pick<KioskConfig, 'home' | 'freshStartHours'>;
  map: MapLibreMap | null;
  onReset: (url: UrlState) => void;
}): void {
  const { home, freshStartHours } = opts.config;
  kioskStats.resets += 1;
  opts.onReset(homeUrlState(home));
  try {
    const m = opts.map;
    if (m) {
      m.stop();
      // The panel's camera padding (set by easeTo when a site was selected) sticks to the map: clear it first.
      m.setPadding({ top: 0, right: 0, bottom: 0, left: 0 });
      m.fitBounds(home.bounds, { padding: 24, duration: 0 });
    }
  } catch {
    // A map that is being rebuilt (lost context) opens on the home view anyway.
  }
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  window.getSelection()?.removeAllRanges();
  if (applyUpdate()) return; // the new version reloads the page
  const fresh = shouldStartFresh({
    uptimeMs: performance.now(),
    freshStartHours,
    servedOffline: Boolean(navigator.serviceWorker?.controller),
    online: navigator.onLine,
  });
  if (fresh) window.location.reload();
}
