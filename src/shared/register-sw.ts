import { useEffect, useSyncExternalStore } from 'react';
import type { Workbox } from 'workbox-window';
import { FIRST_VIEW_EVENT } from '../map/events.ts';

/**
 * The service worker (src/sw.ts, built by vite-plugin-pwa): precaches the app, the content, the fonts and the
 * basemap so that, after one visit, everything works offline. A new version installs in the background and
 * waits; it takes over only when asked: on a phone when the reader taps "reload", on the kiosk during an idle
 * reset (nobody is looking). Never registered in `vite dev`.
 */
type SwState = { updateWaiting: boolean };

let state: SwState = { updateWaiting: false };
const listeners = new Set<() => void>();
let wb: Workbox | null = null;
let started = false;
let applying = false;

function setState(next: SwState): void {
  state = next;
  for (const fn of [...listeners]) fn();
}

const FIRST_VIEW_FALLBACK_MS = 15_000;
let firstViewSeen = false;
if (typeof window !== 'undefined') window.addEventListener(FIRST_VIEW_EVENT, () => (firstViewSeen = true), { once: true });

/**
 * The precache is about 12 MB (basemap, content, fonts): start it only once the first map is drawn (or 15 s on,
 * where there is no map), so it never competes with the first view on slow mobile data.
 */
function firstViewSettled(): Promise<void> {
  if (firstViewSeen) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      window.clearTimeout(timer);
      window.removeEventListener(FIRST_VIEW_EVENT, done);
      resolve();
    };
    const timer = window.setTimeout(done, FIRST_VIEW_FALLBACK_MS);
    window.addEventListener(FIRST_VIEW_EVENT, done);
  });
}

/** Register once per page; `checkEveryMinutes` > 0 looks for a new version periodically (the kiosk runs all day). */
export async function registerServiceWorker(checkEveryMinutes = 0): Promise<void> {
  if (started || import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  started = true;
  try {
    await firstViewSettled();
    const { Workbox } = await import('workbox-window');
    wb = new Workbox(new URL('sw.js', document.baseURI).href, { scope: new URL('./', document.baseURI).pathname });
    wb.addEventListener('waiting', () => setState({ updateWaiting: true }));
    // The new version took over because we asked (applyUpdate): load it.
    wb.addEventListener('controlling', (e) => {
      if (e.isUpdate && applying) window.location.reload();
    });
    await wb.register();
    if (checkEveryMinutes > 0) {
      window.setInterval(() => {
        void wb?.update().catch(() => undefined);
      }, checkEveryMinutes * 60_000);
    }
  } catch (e) {
    // Offline-first is a bonus: the app works without it.
    console.warn('service worker registration failed', e);
  }
}

/** Ask the waiting version to take over; the page reloads once it controls it. False when nothing waits. */
export function applyUpdate(): boolean {
  if (!wb || !state.updateWaiting) return false;
  applying = true;
  wb.messageSkipWaiting();
  return true;
}

export function isUpdateWaiting(): boolean {
  return state.updateWaiting;
}

export function useServiceWorker(register: boolean, checkEveryMinutes = 0): SwState {
  useEffect(() => {
    if (register) void registerServiceWorker(checkEveryMinutes);
  }, [register, checkEveryMinutes]);
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => state,
  );
}
