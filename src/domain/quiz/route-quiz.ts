import type { SiteQuestion, SiteQuiz } from './quiz-schema.ts';

/** The smallest route quiz worth giving; a route with fewer stops takes more questions from each. */
export const MIN_ROUTE_QUESTIONS = 3;

/**
 * A quiz for a sequence of stops (a curated route or a teacher's plan), in visiting order: the first `perStop`
 * questions of each distinct stop that has a quiz (a stop visited twice is asked about once). With no `perStop`, a
 * route of few stops takes enough per stop to reach MIN_ROUTE_QUESTIONS.
 */
export function routeQuestions(
  stopSiteIds: readonly string[],
  quizzes: ReadonlyMap<string, SiteQuiz>,
  perStop?: number,
): SiteQuestion[] {
  const stops = [...new Set(stopSiteIds)].filter((id) => quizzes.has(id));
  const each = perStop ?? Math.max(1, Math.ceil(MIN_ROUTE_QUESTIONS / Math.max(1, stops.length)));
  const out: SiteQuestion[] = [];
  for (const siteId of stops) {
    const quiz = quizzes.get(siteId);
    for (const question of quiz?.questions.slice(0, each) ?? []) out.push({ siteId, question });
  }
  return out;
}
