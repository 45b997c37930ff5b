import type { LocalizedText } from '../schema/common.ts';
import type { QuizQuestion, SiteQuiz } from './quiz-schema.ts';
import { shuffle, type Random } from './shuffle.ts';

/** How many questions a worksheet asks at each stop unless told otherwise (a site quiz has at least 3). */
export const WORKSHEET_PER_STOP = 3;

/** Option letters as printed on the sheet: A, B, C, D (a question has 3 or 4 options). */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;

export interface WorksheetQuestion {
  /** Numbered 1, 2, 3… across the whole sheet, in visiting order. */
  number: number;
  id: string;
  question: LocalizedText;
  /** The options as printed: the quiz file's order, or shuffled once when the builder is given a random. */
  options: LocalizedText[];
  /** Letters of the correct option(s), e.g. ['B']. */
  correct: string[];
  explanation: LocalizedText;
  source: string;
  /** The story section the question comes from; absent = the story's opening. */
  section?: LocalizedText;
}

export interface WorksheetStop {
  siteId: string;
  /** Position of the stop in the visit (1-based), as the plan or route numbers it. */
  stopNumber: number;
  questions: WorksheetQuestion[];
}

export interface Worksheet {
  /** Stops with questions, in visiting order (a site visited twice is asked about at its first visit). */
  stops: WorksheetStop[];
  /** Stops whose site has no quiz (the sheet says so rather than leaving them out silently), in visiting order. */
  withoutQuiz: { siteId: string; stopNumber: number }[];
  questionCount: number;
}

function toQuestion(q: QuizQuestion, number: number, random: Random | undefined): WorksheetQuestion {
  const indices = q.options.map((_, i) => i);
  const order = random === undefined ? indices : shuffle(indices, random);
  const options = order.map((i) => q.options[i]!);
  return {
    number,
    id: q.id,
    question: q.question,
    options: options.map((o) => ({ vi: o.vi, en: o.en })),
    correct: options.flatMap((o, i) => (o.correct === true ? [OPTION_LETTERS[i] ?? String(i + 1)] : [])),
    explanation: q.explanation,
    source: q.source,
    ...(q.section === undefined ? {} : { section: q.section }),
  };
}

/**
 * The teacher's worksheet ("Phiếu học tập") for a sequence of stops, in visiting order: the first `perStop`
 * questions of each stop's site quiz, numbered across the sheet, with the answer key (letter, explanation, source).
 * Pure: the quizzes are given, nothing is fetched. With `random` the options of each question are shuffled (the
 * key follows), so the right answer is not always where the quiz file put it; without it they keep the file order.
 */
export function buildWorksheet(
  stopSiteIds: readonly string[],
  quizzes: ReadonlyMap<string, SiteQuiz>,
  perStop: number = WORKSHEET_PER_STOP,
  random?: Random,
): Worksheet {
  const seen = new Set<string>();
  const stops: WorksheetStop[] = [];
  const withoutQuiz: Worksheet['withoutQuiz'] = [];
  let number = 0;
  stopSiteIds.forEach((siteId, i) => {
    if (seen.has(siteId)) return;
    seen.add(siteId);
    const quiz = quizzes.get(siteId);
    const picked = quiz?.questions.slice(0, Math.max(0, perStop)) ?? [];
    if (picked.length === 0) {
      withoutQuiz.push({ siteId, stopNumber: i + 1 });
      return;
    }
    stops.push({ siteId, stopNumber: i + 1, questions: picked.map((q) => toQuestion(q, ++number, random)) });
  });
  return { stops, withoutQuiz, questionCount: number };
}
