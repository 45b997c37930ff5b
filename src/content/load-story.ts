import type { Lang } from '../domain/schema/common.ts';
import type { Story } from '../domain/schema/story.ts';
import { fetchContentText, type LoadResult } from './load-sites.ts';

const cache = new Map<string, Promise<LoadResult<Story>>>();

/** Load a site's story in one language (cached per session); a broken file is a message, not a crash. */
export function loadStory(siteId: string, lang: Lang): Promise<LoadResult<Story>> {
  const path = `content/stories/${siteId}.${lang}.md`;
  let p = cache.get(path);
  if (!p) {
    // The story parser (and its YAML library, ~25 KB gzip) loads with the first story, not with the app.
    p = Promise.all([fetchContentText(path), import('../domain/schema/story.ts')]).then(([r, { parseStory }]): LoadResult<Story> => {
      if (!r.ok) return r;
      const parsed = parseStory(r.value, path);
      if (!parsed.ok) return { ok: false, file: path, message: parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
      return { ok: true, value: parsed.story };
    }).catch((e: unknown): LoadResult<Story> => {
      // The parser's chunk failed to load (offline after an update, say): a message, and a retry next time.
      cache.delete(path);
      return { ok: false, file: path, message: e instanceof Error ? e.message : String(e) };
    });
    cache.set(path, p);
  }
  return p;
}
