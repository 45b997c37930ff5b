import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './planner-base.css';
import type { PlanApi, PlanNotice } from './use-plan.ts';

const MESSAGE_KEY = {
  'corrupt-storage': 'planner.notice.corrupt',
  'bad-link': 'planner.notice.badLink',
  'from-link': 'planner.notice.fromLink',
  replaced: 'planner.notice.replaced',
} as const satisfies Record<PlanNotice['kind'], string>;

/** One notice about the plan: its message and its buttons (dismiss always last). Shared by the overlay and the planner. */
export function NoticeCard({ notice, role, onDismiss, children }: { notice: PlanNotice; role?: 'status'; onDismiss: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`notice planner__notice planner__notice--${notice.kind}`} role={role}>
      <p>{t(MESSAGE_KEY[notice.kind])}</p>
      <div className="planner__notice-actions">
        {children}
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('planner.notice.dismiss')}
        </button>
      </div>
    </div>
  );
}

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
        <NoticeCard key={n.kind} notice={n} onDismiss={() => api.dismiss(n.kind)}>
          <button type="button" className="link-button" onClick={() => api.setOpen(true)}>
            {t('planner.notice.openPlanner')}
          </button>
        </NoticeCard>
      ))}
    </div>
  );
}
