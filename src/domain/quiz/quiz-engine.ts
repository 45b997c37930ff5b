import type { SiteQuestion } from './quiz-schema.ts';
import { shuffle, type Random } from './shuffle.ts';

/**
 * The quiz as a state machine, plain data in and out (the UI only renders it):
 *   answering --choose--> answering --check--> feedback --next--> answering … --next (last)--> done --retry--> answering
 * Questions and each question's options are shown in a shuffled order; `order` maps a shown option to its index in
 * the authored question, so scoring always reads the authored `correct` flag.
 */
export interface QuizItem extends SiteQuestion {
  /** Authored option indices in the order they are shown. */
  order: number[];
}

export type QuizPhase = 'answering' | 'feedback' | 'done';

export interface QuizState {
  items: QuizItem[];
  /** The question being shown (items.length when done). */
  index: number;
  phase: QuizPhase;
  /** The shown option the student picked for the current question, if any. */
  chosen: number | null;
  /** One entry per checked question: right or wrong. */
  results: boolean[];
}

export interface QuizScore {
  correct: number;
  total: number;
}

/** The share of right answers that passes a quiz (2 of 3). */
export const PASS_RATIO = 2 / 3;

export function startQuiz(questions: readonly SiteQuestion[], random: Random = Math.random): QuizState {
  const items = shuffle(questions, random).map((q) => ({
    ...q,
    order: shuffle(
      q.question.options.map((_, i) => i),
      random,
    ),
  }));
  return { items, index: 0, phase: items.length === 0 ? 'done' : 'answering', chosen: null, results: [] };
}

export function currentItem(state: QuizState): QuizItem | undefined {
  return state.phase === 'done' ? undefined : state.items[state.index];
}

/** Pick a shown option; only while answering, and only one that exists. */
export function choose(state: QuizState, shown: number): QuizState {
  const item = currentItem(state);
  if (state.phase !== 'answering' || item === undefined || shown < 0 || shown >= item.order.length) return state;
  return state.chosen === shown ? state : { ...state, chosen: shown };
}

/** Whether a shown option of an item is (one of) the right answer(s). */
export function isShownCorrect(item: QuizItem, shown: number): boolean {
  const authored = item.order[shown];
  return authored !== undefined && item.question.options[authored]?.correct === true;
}

/** Check the chosen answer: the result is recorded and the feedback shown. Nothing chosen: no change. */
export function check(state: QuizState): QuizState {
  const item = currentItem(state);
  if (state.phase !== 'answering' || item === undefined || state.chosen === null) return state;
  return { ...state, phase: 'feedback', results: [...state.results, isShownCorrect(item, state.chosen)] };
}

/** After the feedback: the next question, or the end. */
export function next(state: QuizState): QuizState {
  if (state.phase !== 'feedback') return state;
  const index = state.index + 1;
  return index >= state.items.length ? { ...state, index, phase: 'done', chosen: null } : { ...state, index, phase: 'answering', chosen: null };
}

/**
 * The same questions again, in a new order (questions and options): with two or more questions the question order
 * always differs from the last round (a reshuffle that comes out the same is drawn again, then rotated).
 */
export function retry(state: QuizState, random: Random = Math.random): QuizState {
  const questions = state.items.map(({ siteId, question }) => ({ siteId, question }));
  const key = (s: QuizState) => s.items.map((i) => `${i.siteId}/${i.question.id}`).join('|');
  const before = key(state);
  let fresh = startQuiz(questions, random);
  for (let tries = 0; tries < 8 && questions.length > 1 && key(fresh) === before; tries++) fresh = startQuiz(questions, random);
  if (questions.length > 1 && key(fresh) === before) fresh = { ...fresh, items: [...fresh.items.slice(1), ...fresh.items.slice(0, 1)] };
  return fresh;
}

export function score(state: QuizState): QuizScore {
  return { correct: state.results.filter(Boolean).length, total: state.items.length };
}

export function passed(s: QuizScore, ratio: number = PASS_RATIO): boolean {
  return s.total > 0 && s.correct >= Math.ceil(s.total * ratio - 1e-9);
}
