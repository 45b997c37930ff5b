import type { SiteQuiz } from '../../domain/quiz/quiz-schema.ts';
import { loadQuiz } from '../../content/load-quiz.ts';

/** The quizzes of a sequence of stops (a site without one, or one that fails to load, is left out). */
export async function loadStopQuizzes(ids: readonly string[]): Promise<Map<string, SiteQuiz>> {
  const results = await Promise.all([...new Set(ids)].map((id) => loadQuiz(id)));
  return new Map(results.flatMap((r) => (r.ok ? [[r.value.siteId, r.value] as const] : [])));
}
