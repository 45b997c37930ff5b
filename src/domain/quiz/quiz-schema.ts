import { z } from 'zod/mini';
import { HttpUrlSchema, LocalizedTextSchema, NonBlankStringSchema, SlugSchema } from '../schema/common.ts';

/**
 * A site's quiz, authored as `data/quizzes/<site-id>.yaml` and served (validated) as `content/quizzes/<site-id>.json`:
 *
 *     questions:
 *       - id: quyet-dinh-dien-bien-phu
 *         section: { vi: "Chuyện gì đã diễn ra ở đây", en: "What happened here" }   # omit for the story's opening
 *         source: https://…            # the URL of one of the site's own sources
 *         question: { vi: …, en: … }
 *         options:
 *           - { vi: …, en: … }
 *           - { vi: …, en: …, correct: true }
 *           - { vi: …, en: … }
 *         explanation: { vi: …, en: … }
 */

export const QUIZ_FILE_NAME = /^data\/quizzes\/(?<siteId>[^/]+)\.yaml$/;

export const QuizOptionSchema = z.strictObject({
  vi: NonBlankStringSchema,
  en: NonBlankStringSchema,
  correct: z.optional(z.boolean()),
});
export type QuizOption = z.infer<typeof QuizOptionSchema>;

export const QuizQuestionSchema = z
  .strictObject({
    id: SlugSchema,
    /** The `##` heading of the story (in each language) the question comes from; absent = the opening paragraphs. */
    section: z.optional(LocalizedTextSchema),
    source: HttpUrlSchema,
    question: LocalizedTextSchema,
    options: z
      .array(QuizOptionSchema)
      .check(z.minLength(3, { message: 'a question needs 3 or 4 options' }), z.maxLength(4, { message: 'a question needs 3 or 4 options' })),
    explanation: LocalizedTextSchema,
  })
  .check(
    z.superRefine((q, ctx) => {
      const correct = q.options.filter((o) => o.correct === true).length;
      if (correct === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'no option is marked correct: true' });
      if (correct === q.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'every option is marked correct' });
      for (const lang of ['vi', 'en'] as const) {
        const seen = new Set<string>();
        q.options.forEach((o, i) => {
          const key = o[lang].trim().toLowerCase();
          if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['options', i, lang], message: `duplicate option "${o[lang]}"` });
          seen.add(key);
        });
      }
    }),
  );
export type QuizQuestion = z.infer<typeof QuizQuestionSchema>;

export const QuizFileSchema = z.strictObject({
  questions: z.array(QuizQuestionSchema).check(z.minLength(3, { message: 'a site quiz needs at least 3 questions' })),
});
export type QuizFile = z.infer<typeof QuizFileSchema>;

/** A validated quiz as the app receives it: the site it belongs to and its questions. */
export const SiteQuizSchema = z.strictObject({
  siteId: SlugSchema,
  questions: z.array(QuizQuestionSchema).check(z.minLength(1)),
});
export type SiteQuiz = z.infer<typeof SiteQuizSchema>;

/** A question together with the site it belongs to (route quizzes and worksheets mix sites). */
export interface SiteQuestion {
  siteId: string;
  question: QuizQuestion;
}

export function isCorrectOption(q: QuizQuestion, index: number): boolean {
  return q.options[index]?.correct === true;
}

