import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './planner-base.css';
import type { PlanApi, PlanNotice } from './use-plan.ts';

const MESSAGE_KEY = {
  'corrupt-storage': 'planner.notice.corrupt',
  'bad-link': 'planner.notice.badLink',
  'from-link': 'planner.notice.fromLink',
  'dropped-stops': 'planner.notice.droppedStops',
  replaced: 'planner.notice.replaced',
} as const satisfies Record<PlanNotice['kind'], string>;

/** "2, 3 và 5" / "2, 3 and 5". */
export function listOf(items: string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang === 'en' ? 'en' : 'vi', { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** One notice about the plan: its message and its buttons (dismiss always last). Shared by the overlay and the planner. */
export function NoticeCard({ notice, role, onDismiss, children }: { notice: PlanNotice; role?: 'status'; onDismiss: () => void; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const params =
    notice.kind === 'dropped-stops'
      ? { count: notice.positions.length, positions: listOf(notice.positions.map(String), i18n.language) }
      : {};
  return (
    <div className={`notice planner__notice planner__notice--${notice.kind}`} role={role}>
      <p>{t(notice.kind === 'dropped-stops' && notice.positions.length === 1 ? 'planner.notice.droppedStop' : MESSAGE_KEY[notice.kind], params)}</p>
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
