import { describe, expect, it } from 'vitest';
import { answerPhoto, isPhotoUrl, thumbnailUrl, type PhotoDeps } from '../../../src/sw-photos.ts';

/** The service worker's photo route with a fake precache, cache and network. */

const ORIGIN = 'https://app.test';
const BASE = `${ORIGIN}/ban-do/content/images/tin-keo/01-cong.0123456789`;
const THUMB = `${BASE}.thumb.webp`;
const LARGE = `${BASE}.1600.avif`;

function world(online: boolean) {
  const store = new Map<string, Response>();
  const fetched: string[] = [];
  const deps: PhotoDeps = {
    cache: async () => ({ match: async (k: string) => store.get(k)?.clone(), put: async (k: string, r: Response) => void store.set(k, r) }) as unknown as Cache,
    fetch: async (input) => {
      const url = typeof input === 'string' ? input : input.url;
      fetched.push(url);
      if (!online) throw new TypeError('offline');
      return new Response(`bytes of ${url}`, { status: 200 });
    },
    precached: async (url) => (url === THUMB ? new Response('thumbnail') : undefined),
  };
  return { store, fetched, deps };
}

describe('photos in the service worker', () => {
  it('matches only the app’s own photo copies', () => {
    expect(isPhotoUrl(new URL(THUMB), ORIGIN)).toBe(true);
    expect(isPhotoUrl(new URL(LARGE), ORIGIN)).toBe(true);
    expect(isPhotoUrl(new URL(`${ORIGIN}/content/images.json`), ORIGIN)).toBe(false);
    expect(isPhotoUrl(new URL(`https://other.test/content/images/a/b.0123456789.960.webp`), ORIGIN)).toBe(false);
    expect(thumbnailUrl(new URL(LARGE))).toBe(THUMB);
  });

  it('answers the thumbnail from the precache without the network', async () => {
    const w = world(true);
    expect(await (await answerPhoto(new Request(THUMB), w.deps)).text()).toBe('thumbnail');
    expect(w.fetched).toEqual([]);
  });

  it('keeps a larger copy once viewed and answers it from the cache offline', async () => {
    const w = world(true);
    expect(await (await answerPhoto(new Request(LARGE), w.deps)).text()).toBe(`bytes of ${LARGE}`);
    expect(w.store.has(LARGE)).toBe(true);
    const offline = { ...w.deps, fetch: async () => Promise.reject(new TypeError('offline')) };
    expect(await (await answerPhoto(new Request(LARGE), offline)).text()).toBe(`bytes of ${LARGE}`);
  });

  it('offline, a copy never viewed is answered with the thumbnail of the same photo', async () => {
    const w = world(false);
    const r = await answerPhoto(new Request(`${BASE}.960.webp`), w.deps);
    expect(await r.text()).toBe('thumbnail');
  });
});
