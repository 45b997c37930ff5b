import { useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteQuiz } from '../../domain/quiz/quiz-schema.ts';
import { currentItem, isShownCorrect, startQuiz, type QuizItem } from '../../domain/quiz/quiz-engine.ts';
import type { Random } from '../../domain/quiz/shuffle.ts';
import { loadQuiz } from '../../content/load-quiz.ts';
import { useLoad } from '../quiz/use-load.ts';
import { useKioskQuizT } from './kiosk-quiz-strings.ts';
import { IDLE_SELF_REPORTING } from './use-idle.ts';

interface Props {
  siteId: string;
  siteName: string;
  lang: Lang;
  /** How long the question waits for a tap before the answer is shown anyway. */
  revealMs: number;
  /** How long the answer and its explanation stay, from the tap or the reveal, before the tour moves on. */
  afterMs: number;
  /** The card is over (or the site has no quiz): the tour moves on. */
  onDone: () => void;
  /** A tap on the card outside the answers: the tour ends, as on a site card. */
  onDismiss: () => void;
  random?: Random;
}

type Shown = { revealed: false } | { revealed: true; chosen: number | null };

const LETTERS = ['A', 'B', 'C', 'D'];

/** One question from the site's quiz (data/quizzes), its options in a new order each time. */
function pick(quiz: SiteQuiz, random: Random): QuizItem | undefined {
  return currentItem(startQuiz(quiz.questions.map((question) => ({ siteId: quiz.siteId, question })), random));
}

function correctText(item: QuizItem, lang: Lang): string {
  return item.question.options
    .filter((o) => o.correct === true)
    .map((o) => o[lang])
    .join('; ');
}

/**
 * The attract loop's quiz card: one question about the site just toured, with big answer buttons. A tap shows the
 * answer and its explanation at once; with no tap they show after `revealMs`; `afterMs` later the tour goes on.
 * Nothing is kept: not the answer, not a score (the card is gone with the tour, on a touch elsewhere or a reset).
 * A tap on an answer is the card's own business (IDLE_SELF_REPORTING): it neither ends the tour nor stamps anything.
 */
export default function KioskQuizCard({ siteId, siteName, lang, revealMs, afterMs, onDone, onDismiss, random = Math.random }: Props) {
  const t = useKioskQuizT();
  const state = useLoad(siteId, () => loadQuiz(siteId).then((r) => (r.ok ? r.value : null)));
  const quiz = state.kind === 'ready' ? state.value : null;
  // One question per card: drawn when the quiz arrives, never again while the card is up.
  const [rnd] = useState(() => random);
  const item = useMemo(() => (quiz ? pick(quiz, rnd) : undefined), [quiz, rnd]);
  const [shown, setShown] = useState<Shown>({ revealed: false });
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  // No quiz for this site (or it cannot be read): no card, the tour moves on.
  const missing = state.kind === 'error' || (state.kind === 'ready' && item === undefined);
  useEffect(() => {
    if (missing) done.current();
  }, [missing]);

  // One timer at a time: the reveal while the question waits, then the move on.
  useEffect(() => {
    if (item === undefined) return;
    const timer = shown.revealed
      ? window.setTimeout(() => done.current(), afterMs)
      : window.setTimeout(() => setShown({ revealed: true, chosen: null }), revealMs);
    return () => window.clearTimeout(timer);
  }, [item, shown.revealed, revealMs, afterMs]);

  if (item === undefined) return null;
  const q = item.question;
  const chosen = shown.revealed ? shown.chosen : null;
  const answer = correctText(item, lang);
  const verdict = !shown.revealed ? null : chosen === null ? t('answerIs', { answer }) : isShownCorrect(item, chosen) ? t('right') : t('wrong', { answer });

  return (
    <section
      className="attract-card attract-quiz"
      aria-live="polite"
      aria-label={t('label')}
      data-site-id={siteId}
      data-question-id={q.id}
      data-revealed={shown.revealed ? (chosen === null ? 'timeout' : 'tap') : undefined}
      {...{ [IDLE_SELF_REPORTING]: '' }}
      onClick={onDismiss}
    >
      <p className="attract-card__kicker">{t('kicker', { name: siteName })}</p>
      <h2 className="attract-quiz__question" lang={lang} id={`attract-quiz-${q.id}`}>
        {q.question[lang]}
      </h2>
      <div className="attract-quiz__options" role="group" aria-labelledby={`attract-quiz-${q.id}`}>
        {item.order.map((authored, i) => {
          const option = q.options[authored];
          if (!option) return null;
          const right = shown.revealed && isShownCorrect(item, i);
          const mine = chosen === i;
          const mark = right ? ' attract-quiz__option--right' : shown.revealed && mine ? ' attract-quiz__option--wrong' : '';
          return (
            <button
              key={`${q.id}-${authored}`}
              type="button"
              className={`attract-quiz__option${mark}${shown.revealed ? ' attract-quiz__option--shown' : ''}`}
              aria-disabled={shown.revealed || undefined}
              lang={lang}
              onClick={(e) => {
                // The answer is the card's business: it does not end the tour (the card's own click would).
                e.stopPropagation();
                if (!shown.revealed) setShown({ revealed: true, chosen: i });
              }}
            >
              <span className="attract-quiz__letter" aria-hidden="true">
                {LETTERS[i]}
              </span>
              <span className="attract-quiz__text">{option[lang]}</span>
              {right && <span className="attract-quiz__mark"> ✓ {t('correctMark')}</span>}
              {shown.revealed && mine && !right && <span className="attract-quiz__mark"> ✗ {t('yourAnswer')}</span>}
            </button>
          );
        })}
      </div>
      {verdict === null ? (
        <p className="attract-card__hint">{t('hint')}</p>
      ) : (
        <p className={`attract-quiz__verdict${chosen !== null && !isShownCorrect(item, chosen) ? ' attract-quiz__verdict--wrong' : ''}`} lang={lang}>
          <strong>{verdict}</strong> {q.explanation[lang]}
        </p>
      )}
    </section>
  );
}
