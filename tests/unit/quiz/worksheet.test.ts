import { describe, expect, it } from 'vitest';
import { buildWorksheet } from '../../../src/domain/quiz/worksheet.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import type { QuizQuestion, SiteQuiz } from '../../../src/domain/quiz/quiz-schema.ts';

function question(site: string, n: number, correct: number, options = 3): QuizQuestion {
  return {
    id: `${site}-q${n}`,
    ...(n === 1 ? {} : { section: { vi: `Mục ${n}`, en: `Section ${n}` } }),
    source: `https://example.org/${site}`,
    question: { vi: `${site} câu ${n}?`, en: `${site} question ${n}?` },
    options: Array.from({ length: options }, (_, i) => ({ vi: `lựa chọn ${i}`, en: `option ${i}`, ...(i === correct ? { correct: true } : {}) })),
    explanation: { vi: `Giải thích ${n}.`, en: `Explanation ${n}.` },
  };
}
function quiz(site: string, count: number): SiteQuiz {
  return { siteId: site, questions: Array.from({ length: count }, (_, i) => question(site, i + 1, (i + 1) % 3, i === 0 ? 4 : 3)) };
}
const QUIZZES = new Map([
  ['a-site', quiz('a-site', 5)],
  ['b-site', quiz('b-site', 3)],
]);

describe('buildWorksheet', () => {
  it('takes each stop in visiting order, its first questions in the file order, numbered across the sheet', () => {
    const w = buildWorksheet(['b-site', 'a-site'], QUIZZES);
    expect(w.stops.map((s) => [s.siteId, s.stopNumber])).toEqual([['b-site', 1], ['a-site', 2]]);
    expect(w.stops[0]!.questions.map((q) => q.id)).toEqual(['b-site-q1', 'b-site-q2', 'b-site-q3']);
    expect(w.stops[1]!.questions.map((q) => q.id)).toEqual(['a-site-q1', 'a-site-q2', 'a-site-q3']);
    expect(w.stops.flatMap((s) => s.questions.map((q) => q.number))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(w.questionCount).toBe(6);
  });

  it('gives the answer key: letter of the correct option, explanation, source and section; options unshuffled', () => {
    const [first, second] = buildWorksheet(['a-site'], QUIZZES).stops[0]!.questions;
    expect(first!.options.map((o) => o.en)).toEqual(['option 0', 'option 1', 'option 2', 'option 3']);
    expect(first!.correct).toEqual(['B']);
    expect(second!.correct).toEqual(['C']);
    expect(first!.explanation.vi).toBe('Giải thích 1.');
    expect(first!.source).toBe('https://example.org/a-site');
    expect(first!.section).toBeUndefined();
    expect(second!.section?.vi).toBe('Mục 2');
    // The options carry no answer mark (a printed question must not give itself away).
    expect(first!.options[1]).toEqual({ vi: 'lựa chọn 1', en: 'option 1' });
  });

  it('asks about a site visited twice once, and lists stops without a quiz with their stop number', () => {
    const w = buildWorksheet(['a-site', 'no-quiz', 'a-site', 'b-site'], QUIZZES, 1);
    expect(w.stops.map((s) => [s.siteId, s.stopNumber])).toEqual([['a-site', 1], ['b-site', 4]]);
    expect(w.withoutQuiz).toEqual([{ siteId: 'no-quiz', stopNumber: 2 }]);
    expect(w.questionCount).toBe(2);
  });

  it('is empty for no stops or no quizzes, and never takes more questions than a quiz has', () => {
    expect(buildWorksheet([], QUIZZES)).toEqual({ stops: [], withoutQuiz: [], questionCount: 0 });
    expect(buildWorksheet(['b-site'], QUIZZES, 10).questionCount).toBe(3);
    expect(buildWorksheet(['x'], new Map()).withoutQuiz).toHaveLength(1);
  });

  it("with a random, shuffles each question's options and the key follows the shuffle", () => {
    const plain = buildWorksheet(['a-site', 'b-site'], QUIZZES);
    const shuffled = buildWorksheet(['a-site', 'b-site'], QUIZZES, 3, seededRandom(7));
    const all = (w: typeof plain) => w.stops.flatMap((s) => s.questions);
    all(shuffled).forEach((q, i) => {
      const p = all(plain)[i]!;
      expect([...q.options].map((o) => o.en).sort()).toEqual([...p.options].map((o) => o.en).sort());
      // The lettered answer is the same option text as in the file order.
      const text = (w: typeof q) => w.options['ABCD'.indexOf(w.correct[0]!)]!.en;
      expect(text(q)).toBe(text(p));
    });
    expect(all(shuffled).map((q) => q.options.map((o) => o.en).join())).not.toEqual(all(plain).map((q) => q.options.map((o) => o.en).join()));
  });
});
