import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import { buildWorksheet, OPTION_LETTERS, WORKSHEET_PER_STOP } from '../../domain/quiz/worksheet.ts';
import { formatPartialDate, weekdayOf } from '../../domain/format-date.ts';
import { loadStopQuizzes } from './load-stops.ts';
import { useQuizT } from './quiz-strings.ts';
import { useLoad } from './use-load.ts';
import './worksheet.css';

export type WorksheetOutcome = 'printed' | 'error' | 'empty';

export interface WorksheetProps {
  /** The stops' site ids in visiting order. */
  stopSiteIds: readonly string[];
  lang: Lang;
  siteName: (id: string) => string;
  /** A curated route's name; absent: the teacher's own plan. */
  routeName?: string;
  /** The plan's date (YYYY-MM-DD); absent: a blank line to write it on. */
  date?: string;
  onDone: (outcome: WorksheetOutcome) => void;
}

/**
 * The teacher's worksheet ("Phiếu học tập"), printable on A4: for each stop in visiting order its questions with the
 * options as boxes to tick and lines to write on, then the answer key on a page of its own. Rendered outside the app
 * root like the planner's handout; worksheet.css shows only this on paper. Prints itself once the quizzes are in.
 */
export default function Worksheet({ stopSiteIds, lang, siteName, routeName, date, onDone }: WorksheetProps) {
  const { t } = useTranslation();
  const qt = useQuizT();
  const key = stopSiteIds.join(',');
  const state = useLoad(key, () => loadStopQuizzes(stopSiteIds));
  const sheet = useMemo(
    () => (state.kind === 'ready' ? buildWorksheet(key.split(','), state.value, WORKSHEET_PER_STOP, Math.random) : null),
    // The key names the stops (the caller may pass a new array each render: the sheet must not print again).
    [state, key],
  );
  const empty = sheet !== null && sheet.questionCount === 0;

  useEffect(() => {
    if (state.kind === 'error') onDone('error');
    else if (empty) onDone('empty');
  }, [state.kind, empty, onDone]);

  useEffect(() => {
    if (sheet === null || sheet.questionCount === 0) return;
    let live = true;
    const done = () => onDone('printed');
    window.addEventListener('afterprint', done);
    // Print once the sheet is in the page and its fonts are ready (Vietnamese letters in the app's font).
    void document.fonts.ready.then(() => {
      if (live) requestAnimationFrame(() => window.print());
    });
    return () => {
      live = false;
      window.removeEventListener('afterprint', done);
    };
  }, [sheet, onDone]);

  if (sheet === null || sheet.questionCount === 0) return null;
  const weekday = date === undefined ? undefined : weekdayOf(date, lang);
  const dateText =
    date === undefined ? null : weekday !== undefined ? t('print.date', { weekday, date: formatPartialDate(date, lang) }) : date;
  return createPortal(
    <div className="print-view worksheet" lang={lang}>
      <header className="worksheet__head">
        <p className="worksheet__brand">{t('app.title')}</p>
        <h1>{qt('worksheet.title')}</h1>
        <p>{routeName !== undefined ? qt('worksheet.route', { name: routeName }) : qt('worksheet.plan')}</p>
        <p className="worksheet__fields">
          <span>{dateText !== null ? qt('worksheet.date', { date: dateText }) : qt('worksheet.dateBlank')}</span>
          <span>{qt('worksheet.student')}</span>
          <span>{qt('worksheet.class')}</span>
        </p>
        <p className="worksheet__instructions">{qt('worksheet.instructions', { count: sheet.questionCount })}</p>
      </header>
      {sheet.stops.map((stop) => (
        <section key={stop.siteId} className="worksheet__stop">
          <h2>{qt('worksheet.stop', { number: stop.stopNumber, name: siteName(stop.siteId) })}</h2>
          {stop.questions.map((q) => (
            <div key={q.id} className="worksheet__question">
              <p className="worksheet__text">
                <strong>{qt('worksheet.questionNumber', { number: q.number })}</strong> {q.question[lang]}
              </p>
              <ul className="worksheet__options">
                {q.options.map((o, i) => (
                  <li key={i}>
                    <span className="worksheet__box" aria-hidden="true" />
                    {OPTION_LETTERS[i]}. {o[lang]}
                  </li>
                ))}
              </ul>
              <p className="worksheet__why">{qt('worksheet.why')}</p>
              <div className="worksheet__lines" aria-hidden="true">
                <span />
                <span />
              </div>
            </div>
          ))}
        </section>
      ))}
      {sheet.withoutQuiz.length > 0 && (
        <p className="worksheet__note">
          {qt('worksheet.withoutQuiz', { names: sheet.withoutQuiz.map((s) => `${s.stopNumber}. ${siteName(s.siteId)}`).join('; ') })}
        </p>
      )}
      <section className="worksheet__key">
        <h2>{qt('worksheet.answerKey')}</h2>
        <p className="worksheet__instructions">{qt('worksheet.answerKeyNote')}</p>
        {sheet.stops.map((stop) => (
          <div key={stop.siteId} className="worksheet__key-stop">
            <h3>{qt('worksheet.stop', { number: stop.stopNumber, name: siteName(stop.siteId) })}</h3>
            {stop.questions.map((q) => (
              <div key={q.id} className="worksheet__answer">
                <p>
                  <strong>
                    {qt('worksheet.questionNumber', { number: q.number })} {q.correct.join(', ')}
                  </strong>{' '}
                  — {q.options.filter((_, i) => q.correct.includes(OPTION_LETTERS[i] ?? '')).map((o) => o[lang]).join('; ')}
                </p>
                <p>{q.explanation[lang]}</p>
                <p className="worksheet__source">
                  {qt('worksheet.source')}: {readableUrl(q.source)}
                </p>
              </div>
            ))}
          </div>
        ))}
      </section>
    </div>,
    document.body,
  );
}

/** A source address as a reader types it: percent-escapes of Vietnamese letters shown as the letters. */
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
