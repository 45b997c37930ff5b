import { useCallback } from 'react';
import type { Lang } from '../../domain/schema/common.ts';
import type { QuizItem } from '../../domain/quiz/quiz-engine.ts';
import { routeQuestions } from '../../domain/quiz/route-quiz.ts';
import { loadStopQuizzes } from './load-stops.ts';
import { QuizRunner } from './QuizRunner.tsx';
import { useQuizT } from './quiz-strings.ts';
import { useLoad } from './use-load.ts';

interface Props {
  routeName: string;
  stopSiteIds: readonly string[];
  lang: Lang;
  siteName: (id: string) => string;
  /** Open a stop's site (its panel holds the story). */
  onSelectSite: (id: string) => void;
  onClose: () => void;
}

/** "Đố vui" on a curated route: questions drawn from its stops in visiting order (a stop without a quiz is skipped). */
export default function RouteQuiz({ routeName, stopSiteIds, lang, siteName, onSelectSite, onClose }: Props) {
  const t = useQuizT();
  const state = useLoad(stopSiteIds.join(','), () => loadStopQuizzes(stopSiteIds));
  const renderSource = useCallback(
    (item: QuizItem) => (
      <button type="button" className="link-button" onClick={() => onSelectSite(item.siteId)}>
        {t('readSite', { name: siteName(item.siteId) })}
      </button>
    ),
    [onSelectSite, siteName, t],
  );
  if (state.kind === 'loading') return <p className="muted" role="status">{t('loading')}</p>;
  if (state.kind === 'error') return <p className="notice" role="status">{t('unavailable')}</p>;
  const questions = routeQuestions(stopSiteIds, state.value);
  if (questions.length === 0) return <p className="notice" role="status">{t('none')}</p>;
  return <QuizRunner questions={questions} lang={lang} title={t('routeTitle', { name: routeName })} renderSource={renderSource} onClose={onClose} />;
}
