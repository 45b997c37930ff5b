import { useTranslation } from 'react-i18next';
import './planner-base.css';
import type { PlanApi } from './use-plan.ts';

/**
 * Problems found at start-up (a broken plan link, a damaged saved plan), shown over the map while the planner is
 * closed, so a student who followed a bad link sees why and can use the rest of the app. Always loaded: tiny.
 */
export function PlanNotices({ api }: { api: Pick<PlanApi, 'notices' | 'dismiss' | 'setOpen'> }) {
  const { t } = useTranslation();
  const shown = api.notices.filter((n) => n.kind === 'bad-link' || n.kind === 'corrupt-storage');
  if (shown.length === 0) return null;
  return (
    <div className="plan-notices" role="status">
      {shown.map((n) => (
        <div key={n.kind} className={`notice planner__notice planner__notice--${n.kind}`}>
          <p>{n.kind === 'bad-link' ? t('planner.notice.badLink') : t('planner.notice.corrupt')}</p>
          <div className="planner__notice-actions">
            <button type="button" className="link-button" onClick={() => api.setOpen(true)}>
              {t('planner.notice.openPlanner')}
            </button>
            <button type="button" className="link-button" onClick={() => api.dismiss(n.kind)}>
              {t('planner.notice.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
