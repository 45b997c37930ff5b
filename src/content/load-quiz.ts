import { SiteQuizSchema, type SiteQuiz } from '../domain/quiz/quiz-schema.ts';
import { loadContentJson } from './load-json.ts';
import type { LoadResult } from './load-sites.ts';

const cache = new Map<string, Promise<LoadResult<SiteQuiz>>>();

/** A site's quiz (content/quizzes/<id>.json, validated by the build, parsed again here), fetched once a session. */
export function loadQuiz(siteId: string): Promise<LoadResult<SiteQuiz>> {
  let p = cache.get(siteId);
  if (!p) {
    p = loadContentJson(`content/quizzes/${siteId}.json`, SiteQuizSchema).then((r) => {
      if (!r.ok) cache.delete(siteId); // a failure (offline, say) is tried again next time
      return r;
    });
    cache.set(siteId, p);
  }
  return p;
}
