import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The "Đố vui" / "Quiz" button; the quiz itself (engine, UI, its strings) loads on the first press. `children`
 * renders the open quiz with a close callback; focus returns to the button on close.
 */
export function QuizEntry({ children, className = '' }: { children: (close: () => void) => ReactNode; className?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (open) {
    return (
      <div className={`quiz-entry ${className}`}>
        <Suspense fallback={<p className="muted" role="status">{t('quiz.loading')}</p>}>{children(() => setOpen(false))}</Suspense>
      </div>
    );
  }
  return (
    <div className={`quiz-entry ${className}`}>
      <button type="button" ref={button} className="secondary-button quiz-entry__open" onClick={() => setOpen(true)}>
        <span aria-hidden="true">❓ </span>
        {t('quiz.open')}
      </button>
    </div>
  );
}

export const LazySiteQuiz = lazy(() => import('./SiteQuiz.tsx'));
export const LazyRouteQuiz = lazy(() => import('./RouteQuiz.tsx'));
