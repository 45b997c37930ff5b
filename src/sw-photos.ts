/**
 * Photos in the service worker: each photo's thumbnail (<name>.<hash>.thumb.webp) is precached; a larger copy is
 * kept in its own cache once viewed (cache first: names carry the content hash, so a kept copy never goes stale).
 * Offline, a copy never viewed is answered with the precached thumbnail of the same photo, so the panel and the
 * lightbox still show something sharp enough instead of a broken image.
 */
export { PHOTO_CACHE } from './domain/media/photos.ts';

const PHOTO_PATH = /\/content\/images\/[^/]+\/[^/]+\.[0-9a-f]{10}\.(?:thumb|\d+)\.(?:webp|avif)$/;

export function isPhotoUrl(url: URL, origin: string): boolean {
  return url.origin === origin && PHOTO_PATH.test(url.pathname);
}

/** The precached thumbnail of the photo this copy was made from. */
export function thumbnailUrl(url: URL): string {
  return url.origin + url.pathname.replace(/\.(?:thumb|\d+)\.(?:webp|avif)$/, '.thumb.webp');
}

export interface PhotoDeps {
  cache: () => Promise<Cache>;
  fetch: (input: RequestInfo) => Promise<Response>;
  /** The precached copy of a URL (workbox matchPrecache). */
  precached: (url: string) => Promise<Response | undefined>;
}

export async function answerPhoto(request: Request, deps: PhotoDeps): Promise<Response> {
  const url = new URL(request.url);
  const key = url.origin + url.pathname;
  const precached = await deps.precached(key);
  if (precached) return precached;
  const cache = await deps.cache();
  const kept = await cache.match(key);
  if (kept) return kept;
  try {
    const response = await deps.fetch(request);
    if (response.status === 200) await cache.put(key, response.clone()).catch(() => undefined);
    if (response.ok) return response;
  } catch {
    // offline: the thumbnail below
  }
  return (await deps.precached(thumbnailUrl(url))) ?? Response.error();
}
