/**
 * Recorded narration in the service worker: never precached on a phone (it would cost every visitor megabytes),
 * kept once played. The audio element asks for byte ranges; the first play streams them from the network while a
 * whole copy is stored beside it, and from then on every range is cut from that copy, online or offline.
 * The kiosk fills the same cache ahead of time (src/features/narration/audio-cache.ts).
 * Recording names carry their content hash, so a stored copy never goes stale.
 */
import { createPartialResponse } from 'workbox-range-requests';

export { AUDIO_CACHE } from './domain/media/audio.ts';

export function isRecordingUrl(url: URL, origin: string): boolean {
  return url.origin === origin && /\/content\/audio\/[^/]+\.(?:mp3|m4a|opus)$/.test(url.pathname);
}

export interface AudioDeps {
  cache: () => Promise<Cache>;
  fetch: (input: RequestInfo) => Promise<Response>;
  /** Keeps the worker alive for the background copy (event.waitUntil). */
  waitUntil: (p: Promise<unknown>) => void;
}

const copying = new Set<string>();

export async function answerRecording(request: Request, deps: AudioDeps): Promise<Response> {
  const url = new URL(request.url);
  const key = url.origin + url.pathname;
  const cache = await deps.cache();
  const cached = await cache.match(key);
  if (cached) return request.headers.has('range') ? createPartialResponse(request, cached) : cached;
  if (!request.headers.has('range')) {
    const response = await deps.fetch(request);
    if (response.status === 200) deps.waitUntil(cache.put(key, response.clone()).catch(() => undefined));
    return response;
  }
  if (!copying.has(key)) {
    copying.add(key);
    deps.waitUntil(
      deps
        .fetch(key)
        .then((r) => (r.status === 200 ? cache.put(key, r) : undefined))
        .catch(() => undefined)
        .finally(() => copying.delete(key)),
    );
  }
  return deps.fetch(request);
}
