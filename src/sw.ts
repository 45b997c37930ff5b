/**
 * The service worker (built by vite-plugin-pwa, strategy injectManifest, into dist/sw.js).
 *
 * - Precaches the app shell, the JS/CSS, the fonts, the content (sites, routes, stories, story mode, index) and
 *   the basemap archives (basemap/*.pmtiles), so after one visit everything works without a network.
 * - PMTiles reads byte ranges: a Range request for a .pmtiles file is answered from the precached full file
 *   with a 206 Partial Content slice (workbox-range-requests), online or offline.
 * - Recorded narration (content/audio/*) is kept once played and cut into ranges from that copy (src/sw-audio.ts).
 * - Photos: thumbnails precached, larger copies kept once viewed, the thumbnail offline otherwise (src/sw-photos.ts).
 * - The kiosk's config file is fetched fresh when online and falls back to the last copy offline.
 * - A new version waits until the page asks it to take over (SKIP_WAITING): on the kiosk only during an idle
 *   reset, on a phone when the reader taps "reload". Never in a visitor's face.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { createPartialResponse } from 'workbox-range-requests';
import { clientsClaim } from 'workbox-core';
import { AUDIO_CACHE, answerRecording, isRecordingUrl } from './sw-audio.ts';
import { PHOTO_CACHE, answerPhoto, isPhotoUrl } from './sw-photos.ts';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The slice of the service worker global scope this file uses (the DOM lib is the project's lib). */
interface SwScope {
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

declare global {
  // Replaced at build time by the precache manifest (workbox injectManifest looks for `self.__WB_MANIFEST`).
  var __WB_MANIFEST: Array<PrecacheEntry | string>;
}

const sw = self as unknown as SwScope;

// Basemap archives: ranges served from the precached file (registered before the precache route, which would
// answer a Range request with the whole file).
registerRoute(
  ({ url, request }) => url.origin === sw.location.origin && url.pathname.endsWith('.pmtiles') && request.method === 'GET',
  async ({ request, url }) => {
    const cached = await matchPrecache(url.origin + url.pathname);
    if (!cached) return fetch(request);
    if (!request.headers.has('range')) return cached;
    return createPartialResponse(request, cached);
  },
);

// Recorded narration: kept once played, ranges answered from the kept copy.
registerRoute(
  ({ url, request }) => request.method === 'GET' && isRecordingUrl(url, sw.location.origin),
  ({ request, event }) =>
    answerRecording(request, {
      cache: () => caches.open(AUDIO_CACHE),
      fetch: (input) => fetch(input),
      waitUntil: (p) => (event as unknown as { waitUntil(p: Promise<unknown>): void }).waitUntil(p),
    }),
);

// Photos: larger copies kept once viewed; offline, the precached thumbnail stands in.
registerRoute(
  ({ url, request }) => request.method === 'GET' && isPhotoUrl(url, sw.location.origin),
  ({ request }) =>
    answerPhoto(request, {
      cache: () => caches.open(PHOTO_CACHE),
      fetch: (input) => fetch(input),
      precached: (u) => matchPrecache(u),
    }),
);

// The kiosk's config: what the operator wrote last, when the network allows; the copy from last time otherwise.
registerRoute(
  ({ url }) => url.origin === sw.location.origin && url.pathname.endsWith('/kiosk-config.json'),
  new NetworkFirst({ cacheName: 'red-address-kiosk-config', networkTimeoutSeconds: 3 }),
);

precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// A site page that is not precached (an unknown or removed id): the 404 page, whose assets resolve from any depth.
registerRoute(new NavigationRoute(createHandlerBoundToURL('404.html'), { allowlist: [/\/(?:dia-diem|en\/sites)\//] }));
// Every other page of the app (any query: ?site=…, ?mode=kiosk) is the one index.html; the site pages
// (dia-diem/<id>/, en/sites/<id>/) are precached as they are.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

clientsClaim();

sw.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING') void sw.skipWaiting();
});
