import { describe, expect, it } from 'vitest';
import type { AudioDeps } from '../../../src/sw-audio.ts';

// workbox reads `self` when it loads; Node's own Request/Response/Blob are what the worker has.
(globalThis as { self?: unknown }).self ??= globalThis;
const { answerRecording, isRecordingUrl } = await import('../../../src/sw-audio.ts');

/** The service worker's recording route with a fake cache and network: kept once played, ranges from the copy. */

const ORIGIN = 'https://app.test';
const URL_ = `${ORIGIN}/content/audio/tin-keo.vi.0123456789.mp3`;
const BYTES = new Uint8Array(1000).map((_, i) => i % 251);

function world(online = true) {
  const store = new Map<string, Response>();
  const fetched: Array<{ url: string; range: string | null }> = [];
  const pending: Promise<unknown>[] = [];
  const cache = {
    match: async (key: string) => store.get(key)?.clone(),
    put: async (key: string, r: Response) => void store.set(key, r),
  } as unknown as Cache;
  const deps: AudioDeps = {
    cache: async () => cache,
    fetch: async (input) => {
      const req = typeof input === 'string' ? new Request(input) : input;
      fetched.push({ url: req.url, range: req.headers.get('range') });
      if (!online) throw new TypeError('offline');
      const range = /bytes=(\d+)-(\d*)/.exec(req.headers.get('range') ?? '');
      if (!range) return new Response(BYTES, { status: 200, headers: { 'content-type': 'audio/mpeg' } });
      const start = Number(range[1]);
      const end = range[2] ? Number(range[2]) : BYTES.length - 1;
      return new Response(BYTES.slice(start, end + 1), { status: 206, headers: { 'content-range': `bytes ${start}-${end}/${BYTES.length}` } });
    },
    waitUntil: (p) => void pending.push(p),
  };
  return { store, fetched, pending, deps, settle: () => Promise.all(pending) };
}

const ranged = (range: string) => new Request(URL_, { headers: { range } });

describe('recordings in the service worker', () => {
  it('matches only the app’s own recordings', () => {
    expect(isRecordingUrl(new URL(URL_), ORIGIN)).toBe(true);
    expect(isRecordingUrl(new URL(`${ORIGIN}/content/audio.json`), ORIGIN)).toBe(false);
    expect(isRecordingUrl(new URL('https://other.test/content/audio/x.vi.1.mp3'), ORIGIN)).toBe(false);
  });

  it('first play streams the asked range and keeps one whole copy; then ranges are cut from it, offline too', async () => {
    const w = world();
    const first = await answerRecording(ranged('bytes=0-'), w.deps);
    expect(first.status).toBe(206);
    await answerRecording(ranged('bytes=500-'), w.deps); // a second range while the copy is made: no second copy
    await w.settle();
    expect(w.fetched.filter((f) => f.range === null)).toHaveLength(1);
    expect(w.store.has(URL_)).toBe(true);

    const offline = { ...w.deps, fetch: async () => Promise.reject(new TypeError('offline')) };
    const slice = await answerRecording(ranged('bytes=100-199'), offline);
    expect(slice.status).toBe(206);
    expect(slice.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect([...new Uint8Array(await slice.arrayBuffer())]).toEqual([...BYTES.slice(100, 200)]);
    const whole = await answerRecording(new Request(`${URL_}?v=1`), offline);
    expect((await whole.arrayBuffer()).byteLength).toBe(1000);
  });

  it('a whole-file request is kept as it is; a failed network keeps nothing', async () => {
    const w = world();
    expect((await answerRecording(new Request(URL_), w.deps)).status).toBe(200);
    await w.settle();
    expect(w.store.has(URL_)).toBe(true);
    const off = world(false);
    await expect(answerRecording(ranged('bytes=0-'), off.deps)).rejects.toThrow('offline');
    await off.settle();
    expect(off.store.size).toBe(0);
  });
});

describe('the kiosk keeps every recording ahead of time', () => {
  it('adds the listed recordings not yet kept and drops the ones no longer listed', async () => {
    const { keepRecordings } = await import('../../../src/features/narration/audio-cache.ts');
    const kept = new Set(['https://kiosk.test/content/audio/old.vi.1111111111.mp3', 'https://kiosk.test/content/audio/a.vi.2222222222.mp3']);
    const added: string[] = [];
    const cache = {
      keys: async () => [...kept].map((u) => new Request(u)),
      delete: async (r: Request) => kept.delete(r.url),
      match: async (u: string) => (kept.has(u) ? new Response('x') : undefined),
      add: async (u: string) => {
        if (u.includes('broken')) throw new TypeError('offline');
        added.push(u);
        kept.add(u);
      },
    };
    const storage = { open: async () => cache } as unknown as CacheStorage;
    const rec = (src: string) => ({ src, type: 'audio/mpeg', duration: 1, credit: 'c', licence: 'CC0-1.0' as const, source: 's' });
    const list = {
      a: { vi: rec('content/audio/a.vi.2222222222.mp3'), en: rec('content/audio/a.en.3333333333.mp3') },
      b: { vi: rec('content/audio/broken.vi.4444444444.mp3') },
    };
    expect(await keepRecordings(list, 'https://kiosk.test/', storage)).toBe(2);
    expect(added).toEqual(['https://kiosk.test/content/audio/a.en.3333333333.mp3']);
    expect([...kept].sort()).toEqual(['https://kiosk.test/content/audio/a.en.3333333333.mp3', 'https://kiosk.test/content/audio/a.vi.2222222222.mp3']);
    expect(await keepRecordings(list, 'https://kiosk.test/', undefined)).toBe(0);
  });
});
