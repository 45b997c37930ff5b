import { useEffect, useId, useReducer, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteQuestion } from '../../domain/quiz/quiz-schema.ts';
import type { Random } from '../../domain/quiz/shuffle.ts';
import {
  PASS_RATIO,
  check,
  choose,
  currentItem,
  isShownCorrect,
  next,
  passed,
  retry,
  score,
  startQuiz,
  type QuizItem,
  type QuizScore,
  type QuizState,
} from '../../domain/quiz/quiz-engine.ts';
import { useQuizT } from './quiz-strings.ts';
import './quiz.css';

type Action = { type: 'choose'; shown: number } | { type: 'check' } | { type: 'next' } | { type: 'retry' };

interface Props {
  questions: readonly SiteQuestion[];
  lang: Lang;
  title: string;
  /** Where the answer is told: a link into the story, or to the site (route quizzes). */
  renderSource: (item: QuizItem) => ReactNode;
  /** Called once per finished round with its score; may return a line to show and announce (a stamp). */
  onDone?: (score: QuizScore) => string | undefined;
  /** Shown under the score (a link to the passport, say). */
  doneExtra?: ReactNode;
  onClose?: () => void;
  random?: Random;
  /** Put focus on the first option when the quiz appears (it was opened by a button press). */
  autoFocus?: boolean;
}

/**
 * One question at a time as a real radio group (fieldset, legend, native radios): Check, then feedback with the
 * explanation and where to read it, then the next question; a score at the end and a retry in a new order. Right,
 * wrong and the score are announced in a polite live region; focus follows the step (Next, then the first option).
 */
export function QuizRunner({ questions, lang, title, renderSource, onDone, doneExtra, onClose, random = Math.random, autoFocus = true }: Props) {
  const t = useQuizT();
  const id = useId();
  const [state, dispatch] = useReducer(
    (s: QuizState, a: Action): QuizState => {
      switch (a.type) {
        case 'choose':
          return choose(s, a.shown);
        case 'check':
          return check(s);
        case 'next':
          return next(s);
        case 'retry':
          return retry(s, random);
      }
    },
    questions,
    (qs) => startQuiz(qs, random),
  );
  const [announce, setAnnounce] = useState('');
  const [doneNote, setDoneNote] = useState<string | undefined>(undefined);
  const nextRef = useRef<HTMLButtonElement>(null);
  const firstRadio = useRef<HTMLInputElement>(null);
  const scoreRef = useRef<HTMLParagraphElement>(null);
  const started = useRef(false);
  const item = currentItem(state);
  const total = state.items.length;
  const result = score(state);

  useEffect(() => {
    // Focus follows the step, but not on first render (the quiz opening must not pull focus around).
    if (!started.current) {
      started.current = true;
      if (autoFocus) firstRadio.current?.focus();
      return;
    }
    if (state.phase === 'feedback') nextRef.current?.focus();
    else if (state.phase === 'answering' && state.chosen === null) firstRadio.current?.focus();
    else if (state.phase === 'done') scoreRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.phase, state.index, state.chosen, state.items]);

  const onCheck = () => {
    if (!item) return;
    if (state.chosen === null) {
      setAnnounce(t('chooseFirst'));
      return;
    }
    const right = isShownCorrect(item, state.chosen);
    const answer = correctText(item, lang);
    setAnnounce(right ? `${t('right')} ${item.question.explanation[lang]}` : `${t('wrong')} ${t('correctIs', { answer })} ${item.question.explanation[lang]}`);
    dispatch({ type: 'check' });
  };
  const onNext = () => {
    const last = state.index + 1 >= total;
    if (last) {
      const s = score(state);
      const note = onDone?.(s);
      setDoneNote(note);
      setAnnounce([t('score', { ...s }), passed(s) ? t('passed') : '', note ?? ''].filter(Boolean).join(' '));
    } else {
      setAnnounce('');
    }
    dispatch({ type: 'next' });
  };

  return (
    <section className="quiz" aria-labelledby={`${id}-title`}>
      <div className="quiz__head">
        <h3 id={`${id}-title`} className="quiz__title">
          {title}
        </h3>
        {onClose && (
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('close')}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      {item ? (
        <form
          className="quiz__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (state.phase === 'answering') onCheck();
          }}
        >
          <fieldset className="quiz__question">
            <legend>
              <span className="quiz__progress">{t('progress', { current: state.index + 1, total })}</span>
              <span className="quiz__text">{item.question.question[lang]}</span>
            </legend>
            <div className="quiz__options">
              {item.order.map((authored, shown) => {
                const option = item.question.options[authored];
                if (!option) return null;
                const feedback = state.phase === 'feedback';
                const right = isShownCorrect(item, shown);
                const mine = state.chosen === shown;
                const mark = feedback ? (right ? ' quiz__option--right' : mine ? ' quiz__option--wrong' : '') : '';
                return (
                  <label key={`${item.question.id}-${authored}`} className={`quiz__option${mark}${mine ? ' quiz__option--chosen' : ''}`}>
                    <input
                      type="radio"
                      name={`${id}-q${state.index}`}
                      value={shown}
                      ref={shown === 0 ? firstRadio : undefined}
                      checked={mine}
                      disabled={feedback}
                      onChange={() => dispatch({ type: 'choose', shown })}
                    />
                    <span>{option[lang]}</span>
                    {feedback && right && <span className="quiz__mark"> ✓ {t('correctMark')}</span>}
                    {feedback && mine && !right && <span className="quiz__mark"> ✗ {t('yourAnswer')}</span>}
                  </label>
                );
              })}
            </div>
          </fieldset>
          {state.phase === 'answering' ? (
            <button type="submit" className="primary-button quiz__check">
              {t('check')}
            </button>
          ) : (
            <div className="quiz__feedback">
              <p className={results(state) ? 'quiz__verdict quiz__verdict--right' : 'quiz__verdict quiz__verdict--wrong'}>
                <strong>{results(state) ? t('right') : t('wrong')}</strong>{' '}
                {!results(state) && `${t('correctIs', { answer: correctText(item, lang) })} `}
                {item.question.explanation[lang]}
              </p>
              <p className="quiz__source">{renderSource(item)}</p>
              <button type="button" className="primary-button" ref={nextRef} onClick={onNext}>
                {state.index + 1 >= total ? t('seeScore') : t('next')}
              </button>
            </div>
          )}
        </form>
      ) : (
        <div className="quiz__done">
          <p className="quiz__score" ref={scoreRef} tabIndex={-1}>
            {t('score', { ...result })}
          </p>
          <p>{passed(result) ? t('passed') : t('notPassed', { need: Math.ceil(result.total * PASS_RATIO - 1e-9) })}</p>
          {doneNote && <p className="quiz__stamp">{doneNote}</p>}
          {doneExtra}
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              setAnnounce('');
              setDoneNote(undefined);
              dispatch({ type: 'retry' });
            }}
          >
            {t('retry')}
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
    </section>
  );
}

/** The last checked answer was right. */
function results(state: QuizState): boolean {
  return state.results[state.index] === true;
}

function correctText(item: QuizItem, lang: Lang): string {
  return item.question.options
    .filter((o) => o.correct === true)
    .map((o) => o[lang])
    .join('; ');
}
