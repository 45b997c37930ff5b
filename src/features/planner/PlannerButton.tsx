import { useTranslation } from 'react-i18next';
import './planner-base.css';

/** The header's way into the planner, with the number of stops. */
export function PlannerButton({ count, open, onToggle }: { count: number; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="header-button planner-button"
      aria-expanded={open}
      aria-controls={open ? 'planner' : undefined}
      onClick={onToggle}
    >
      <svg className="planner-button__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path d="M6 3h9l3 3v15H6z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
        <path d="M9 10h6M9 14h6M9 18h4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="planner-button__text">{t('planner.open')}</span>
      {count > 0 && (
        <span className="badge">
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{t('planner.stopsCount', { count })}</span>
        </span>
      )}
    </button>
  );
}
