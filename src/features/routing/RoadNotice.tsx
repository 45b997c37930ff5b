import { useTranslation } from 'react-i18next';
import type { Timetable } from '../../domain/plan/timetable.ts';
import { useRoadStatus } from './use-road-legs.ts';

/**
 * One line under the totals about the road legs: why they are estimates when routing failed (missing or corrupt
 * graph, a worker that cannot start), or what "by road" means when some legs follow the road.
 */
export function RoadNotice({ timetable }: { timetable: Timetable }) {
  const { t } = useTranslation();
  const status = useRoadStatus();
  if (status.kind === 'failed') {
    return (
      <p className="notice planner__note planner__road-failed" role="status">
        {t('routing.failed', { reason: status.message })}
      </p>
    );
  }
  const byRoad = timetable.rows.some((r) => r.kind !== 'lunch' && r.basis === 'road');
  return byRoad ? <p className="planner__note planner__road-note">{t('routing.note')}</p> : null;
}
