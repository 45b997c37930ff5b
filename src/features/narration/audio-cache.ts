import { AUDIO_CACHE, type AudioList } from '../../domain/media/audio.ts';
import { loadRecordings } from './recordings.ts';

/**
 * The kiosk keeps every recording before anyone presses "Listen" (its network may drop): each one not yet kept is
 * fetched whole into the cache the service worker answers from, and recordings no longer listed are dropped.
 * One at a time, errors ignored (the next start tries again). Returns how many are kept.
 */
export async function keepRecordings(list: AudioList, base: string = document.baseURI, cacheStorage: CacheStorage | undefined = globalThis.caches): Promise<number> {
  if (!cacheStorage) return 0;
  const urls = Object.values(list)
    .flatMap((byLang) => Object.values(byLang))
    .map((r) => new URL(r.src, base).href);
  const cache = await cacheStorage.open(AUDIO_CACHE);
  for (const req of await cache.keys()) if (!urls.includes(req.url)) await cache.delete(req);
  let kept = 0;
  for (const url of urls) {
    if (await cache.match(url)) kept++;
    else kept += await cache.add(url).then(() => 1, () => 0);
  }
  return kept;
}

/** Load the list and keep every recording (the kiosk calls this once it has started). */
export async function keepAllRecordings(): Promise<number> {
  return keepRecordings(await loadRecordings());
}
