import { describe, expect, it } from 'vitest';
import { shuffle } from '../../../src/domain/quiz/shuffle.ts';
import { check, choose, currentItem, isShownCorrect, next, passed, retry, score, startQuiz, type QuizState } from '../../../src/domain/quiz/quiz-engine.ts';
import type { SiteQuestion } from '../../../src/domain/quiz/quiz-schema.ts';
import { seededRandom } from '../../support/seeded-random.ts';

function q(id: string, correct = 1): SiteQuestion {
  return {
    siteId: 'alpha-site',
    question: {
      id,
      source: 'https://example.org/a',
      question: { vi: `Câu ${id}?`, en: `Question ${id}?` },
      options: [0, 1, 2].map((i) => ({ vi: `${id} ${i}`, en: `${id} ${i}`, ...(i === correct ? { correct: true } : {}) })),
      explanation: { vi: 'Vì thế.', en: 'Because.' },
    },
  };
}
const QS = [q('a'), q('b', 0), q('c', 2)];

/** Answer the current question right or wrong, check and go on. */
function answer(s: QuizState, right: boolean): QuizState {
  const item = currentItem(s);
  if (!item) throw new Error('no question');
  const shown = item.order.findIndex((_, i) => isShownCorrect(item, i) === right);
  return next(check(choose(s, shown)));
}

describe('shuffle', () => {
  it('is a permutation, leaves its input alone and follows the injected random', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffle(input, seededRandom(1));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shuffle(input, seededRandom(1))).toEqual(out);
    // random() always 0: every element swaps with the first (Fisher–Yates from the end).
    expect(shuffle([1, 2, 3], () => 0)).toEqual([2, 3, 1]);
    // random() just below 1: every j = i, the order is kept.
    expect(shuffle([1, 2, 3], () => 0.9999)).toEqual([1, 2, 3]);
  });
  it('reaches every order of three items', () => {
    const r = seededRandom(7);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(shuffle(['a', 'b', 'c'], r).join(''));
    expect(seen.size).toBe(6);
  });
});

describe('quiz engine', () => {
  it('starts on the first question with options in a shuffled order that still map to the authored ones', () => {
    const s = startQuiz(QS, seededRandom(3));
    expect(s.phase).toBe('answering');
    expect(s.items.map((i) => i.question.id).sort()).toEqual(['a', 'b', 'c']);
    for (const item of s.items) {
      expect([...item.order].sort()).toEqual([0, 1, 2]);
      expect(item.order.filter((_, shown) => isShownCorrect(item, shown))).toHaveLength(1);
    }
  });

  it('cannot be checked without an answer; check records the result and shows feedback; next moves on', () => {
    let s = startQuiz(QS, seededRandom(3));
    expect(check(s)).toBe(s);
    expect(next(s)).toBe(s);
    expect(choose(s, 9)).toBe(s);
    const item = currentItem(s);
    if (!item) throw new Error('no item');
    const wrong = item.order.findIndex((_, i) => !isShownCorrect(item, i));
    s = check(choose(s, wrong));
    expect(s.phase).toBe('feedback');
    expect(s.results).toEqual([false]);
    expect(choose(s, 0)).toBe(s); // no change of answer after checking
    expect(check(s)).toBe(s); // nor a second check
    s = next(s);
    expect(s).toMatchObject({ index: 1, phase: 'answering', chosen: null });
  });

  it('scores at the end: 2 of 3 passes, 1 of 3 does not', () => {
    let s = startQuiz(QS, seededRandom(5));
    s = answer(answer(answer(s, true), false), true);
    expect(s.phase).toBe('done');
    expect(currentItem(s)).toBeUndefined();
    expect(score(s)).toEqual({ correct: 2, total: 3 });
    expect(passed(score(s))).toBe(true);
    expect(passed({ correct: 1, total: 3 })).toBe(false);
    expect(passed({ correct: 3, total: 4 })).toBe(true);
    expect(passed({ correct: 2, total: 4 })).toBe(false);
    expect(passed({ correct: 0, total: 0 })).toBe(false);
  });

  it('retry starts over with the same questions in a new question order, every time', () => {
    let s = startQuiz(QS, seededRandom(11));
    s = answer(answer(answer(s, true), true), true);
    const r = seededRandom(12);
    let prev = s;
    for (let i = 0; i < 30; i++) {
      const again = retry(prev, r);
      expect(again).toMatchObject({ index: 0, phase: 'answering', results: [], chosen: null });
      expect(again.items.map((x) => x.question.id).sort()).toEqual(['a', 'b', 'c']);
      expect(again.items.map((x) => x.question.id)).not.toEqual(prev.items.map((x) => x.question.id));
      prev = again;
    }
    // Even a random that always gives the same order gets a new one.
    const stuck = startQuiz(QS, () => 0.9999);
    expect(retry(stuck, () => 0.9999).items.map((x) => x.question.id)).not.toEqual(stuck.items.map((x) => x.question.id));
  });

  it('an empty quiz is done at once with nothing to pass', () => {
    const s = startQuiz([], seededRandom(1));
    expect(s.phase).toBe('done');
    expect(passed(score(s))).toBe(false);
  });
});
