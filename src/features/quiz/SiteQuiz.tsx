import { useCallback } from 'react';
import type { Lang } from '../../domain/schema/common.ts';
import type { QuizItem, QuizScore } from '../../domain/quiz/quiz-engine.ts';
import { passed } from '../../domain/quiz/quiz-engine.ts';
import { sectionAnchor } from '../../domain/quiz/story-sections.ts';
import { addStamp, readPassport } from '../../domain/passport/passport-store.ts';
import { loadQuiz } from '../../content/load-quiz.ts';
import { QuizRunner } from './QuizRunner.tsx';
import { useQuizT } from './quiz-strings.ts';
import { OPEN_PASSPORT_EVENT } from '../passport/passport-events.ts';
import { useLoad } from './use-load.ts';

interface Props {
  siteId: string;
  siteName: string;
  lang: Lang;
  onClose: () => void;
  /** Passing stamps the visit passport (off on the kiosk: nothing is stored there). */
  stamps: boolean;
  /** The id of the story's title, for questions on its opening paragraphs. */
  storyTitleId: string;
}

/**
 * Jump to a part of the story on this page and put focus there (no change of address). Only the story's own
 * scrolling box moves: scrollIntoView would also shift the page and the phone sheet behind it.
 */
function goTo(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  let box = el.parentElement;
  while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  if (box) {
    const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - 8;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    box.scrollTo({ top, behavior: smooth ? 'smooth' : 'auto' });
  }
  el.focus({ preventScroll: true });
}

/** "Đố vui" at the end of a site's story: its questions, links back into the story, a stamp when passed. */
export default function SiteQuiz({ siteId, siteName, lang, onClose, stamps, storyTitleId }: Props) {
  const t = useQuizT();
  const state = useLoad(siteId, () => loadQuiz(siteId).then((r) => (r.ok ? r.value : null)));

  const renderSource = useCallback(
    (item: QuizItem) => {
      const heading = item.question.section?.[lang];
      const target = heading === undefined ? storyTitleId : sectionAnchor(siteId, heading);
      return (
        <a
          href={`#${target}`}
          onClick={(e) => {
            e.preventDefault();
            goTo(target);
          }}
        >
          {heading === undefined ? t('readOpening') : t('readMore', { section: heading })}
        </a>
      );
    },
    [lang, siteId, storyTitleId, t],
  );

  const onDone = useCallback(
    (s: QuizScore) => {
      if (!stamps || !passed(s)) return undefined;
      const had = readPassport().passport.stamps[siteId] !== undefined;
      addStamp(siteId, 'quiz');
      return had ? t('alreadyStamped') : t('stamped', { name: siteName });
    },
    [siteId, siteName, stamps, t],
  );

  if (state.kind === 'loading') return <p className="muted" role="status">{t('loading')}</p>;
  if (state.kind === 'error') return <p className="notice" role="status">{t('none')}</p>;
  const questions = state.value.questions.map((question) => ({ siteId, question }));
  return (
    <QuizRunner
      questions={questions}
      lang={lang}
      title={t('siteTitle', { name: siteName })}
      renderSource={renderSource}
      onDone={onDone}
      onClose={onClose}
      doneExtra={
        stamps ? (
          <button type="button" className="secondary-button" onClick={() => window.dispatchEvent(new CustomEvent(OPEN_PASSPORT_EVENT))}>
            {t('openPassport')}
          </button>
        ) : undefined
      }
    />
  );
}
