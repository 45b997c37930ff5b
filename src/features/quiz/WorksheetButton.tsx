import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorksheetOutcome, WorksheetProps } from './Worksheet.tsx';

const LazyWorksheet = lazy(() => import('./Worksheet.tsx'));

type Props = Omit<WorksheetProps, 'onDone'> & { className?: string };

/**
 * "Phiếu học tập" / "Worksheet": prints the questions of the stops in visiting order with the answer key on its own
 * page. The sheet (builder, layout, strings) loads on the first press.
 */
export function WorksheetButton({ className = '', ...sheet }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<'error' | 'empty' | null>(null);
  const onDone = useCallback((outcome: WorksheetOutcome) => {
    setOpen(false);
    setNotice(outcome === 'printed' ? null : outcome);
  }, []);
  return (
    <div className={`worksheet-entry ${className}`}>
      <button
        type="button"
        className="secondary-button worksheet-entry__open"
        disabled={open}
        onClick={() => {
          setNotice(null);
          setOpen(true);
        }}
      >
        <span aria-hidden="true">📝 </span>
        {open ? t('quiz.worksheetPreparing') : t('quiz.worksheet')}
      </button>
      {notice !== null && (
        <p className="notice" role="status">
          {t(notice === 'error' ? 'quiz.worksheetError' : 'quiz.worksheetEmpty')}
        </p>
      )}
      {open && (
        <Suspense fallback={null}>
          <LazyWorksheet {...sheet} onDone={onDone} />
        </Suspense>
      )}
    </div>
  );
}
