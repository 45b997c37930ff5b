import { legText } from './plan-view.ts';
import { useTranslation } from 'react-i18next';
import type { PlanStop } from '../../domain/plan/plan.ts';
import type { TimetableRow } from '../../domain/plan/timetable.ts';
import type { PlanApi } from './use-plan.ts';
import type { PlanView } from './use-plan-view.ts';
import type { Reorder } from './use-reorder.ts';

type StopRow = Extract<TimetableRow, { kind: 'stop' }>;
type LunchRow = Extract<TimetableRow, { kind: 'lunch' }>;

interface Props {
  api: Pick<PlanApi, 'plan' | 'remove' | 'setMinutes'>;
  view: PlanView;
  reorder: Reorder;
  selectedId: string | null;
  onSelectSite: (id: string) => void;
  /** Says a change out loud (the live region under the list). */
  onRemoved: (stop: PlanStop) => void;
}

/** The stops in order with their legs, times and minutes, each movable and removable; then the way back. */
export function StopList({ api, view, reorder, selectedId, onSelectSite, onRemoved }: Props) {
  const { t } = useTranslation();
  const { fmt, timetable, name, startName } = view;
  const rows = timetable.rows;
  const count = api.plan.stops.length;
  return (
    <>
      <ol className="planner__stops" aria-label={t('planner.stopsLabel')}>
        {rows.filter((r): r is StopRow => r.kind === 'stop').map((row) => {
          const i = row.index;
          const stopName = name(row.stop.site);
          const lunch = rows.find((r): r is LunchRow => r.kind === 'lunch' && r.afterStop === i);
          return (
            <li
              key={row.stop.site}
              className={`planner__stop${reorder.overSide(i) === 'before' ? ' planner__stop--over' : reorder.overSide(i) === 'after' ? ' planner__stop--over-after' : ''}${reorder.isDragging(i) ? ' planner__stop--dragging' : ''}${selectedId === row.stop.site ? ' planner__stop--selected' : ''}`}
              data-site-id={row.stop.site}
            >
              <p className="planner__leg">
                <span aria-hidden="true">↓ </span>
                {t('planner.legFrom')} {fmt.leg(legText(row))}
              </p>
              <div className="planner__stop-main">
                <span className="planner__grip" aria-hidden="true" title={t('planner.dragHint')} {...reorder.gripProps(i)}>
                  ⠿
                </span>
                <span className="planner__num" aria-hidden="true">
                  {i + 1}
                </span>
                <div className="planner__stop-text">
                  <button type="button" className="planner__name" onClick={() => onSelectSite(row.stop.site)}>
                    <span className="visually-hidden">{i + 1}. </span>
                    {stopName}
                  </button>
                  <span className="planner__times">
                    {row.arrive}–{row.depart}
                  </span>
                </div>
                <div className="planner__move">
                  <button
                    type="button"
                    className="planner__icon"
                    data-move="up"
                    disabled={i === 0}
                    aria-label={t('planner.moveUp', { name: stopName })}
                    onClick={() => reorder.moveBy(i, 'up')}
                  >
                    <span aria-hidden="true">▲</span>
                  </button>
                  <button
                    type="button"
                    className="planner__icon"
                    data-move="down"
                    disabled={i === count - 1}
                    aria-label={t('planner.moveDown', { name: stopName })}
                    onClick={() => reorder.moveBy(i, 'down')}
                  >
                    <span aria-hidden="true">▼</span>
                  </button>
                  <button
                    type="button"
                    className="planner__icon planner__remove"
                    aria-label={t('planner.remove', { name: stopName })}
                    onClick={() => {
                      api.remove(i);
                      onRemoved(row.stop);
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </div>
              </div>
              <label className="planner__minutes">
                {t('planner.minutesLabel')}
                <input
                  type="number"
                  min={0}
                  max={600}
                  step={5}
                  value={row.stop.minutes}
                  aria-label={t('planner.minutesFor', { name: stopName })}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    if (Number.isInteger(v)) api.setMinutes(i, v);
                  }}
                />
              </label>
              {lunch !== undefined && (
                <p className="planner__lunch-row">
                  <span className="planner__clock">
                    {lunch.start}–{lunch.end}
                  </span>{' '}
                  {t('planner.lunchRow', { minutes: lunch.minutes })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {rows.map((row) =>
        row.kind === 'return' ? (
          <div key="return" className="planner__return">
            <p className="planner__leg">
              <span aria-hidden="true">↓ </span>
              {fmt.leg(legText(row))}
            </p>
            <p>
              <span className="planner__clock">{row.arrive}</span> {t('planner.returnTo', { place: startName })}
            </p>
          </div>
        ) : null,
      )}
    </>
  );
}
