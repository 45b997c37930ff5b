import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { PlanView } from './use-plan-view.ts';
import { WarningText } from './WarningText.tsx';

/** The day in figures (distance, travel, visit, whole day, sunset) and the timetable's warnings. */
export function PlanTotals({ view, byId, lang }: { view: PlanView; byId: ReadonlyMap<string, SiteFeature>; lang: Lang }) {
  const { t } = useTranslation();
  const { timetable, fmt } = view;
  const { totals } = timetable;
  return (
    <>
      <dl className="planner__totals">
        <div>
          <dt>{t('planner.totals.distance')}</dt>
          <dd>
            {fmt.km(totals.km)}
            {totals.estimatedKm > 0 && <span className="planner__est"> ({t('planner.estimated')})</span>}
          </dd>
        </div>
        <div>
          <dt>{t('planner.totals.travel')}</dt>
          <dd>{fmt.duration(totals.travelMinutes)}</dd>
        </div>
        <div>
          <dt>{t('planner.totals.visit')}</dt>
          <dd>{fmt.duration(totals.visitMinutes)}</dd>
        </div>
        <div>
          <dt>{t('planner.totals.day')}</dt>
          <dd>
            {fmt.duration(totals.dayMinutes)} ({totals.start}–{totals.end})
          </dd>
        </div>
        {timetable.sunset !== null && (
          <div>
            <dt>{t('planner.totals.sunset')}</dt>
            <dd>{timetable.sunset}</dd>
          </div>
        )}
      </dl>
      {totals.estimatedKm > 0 && <p className="planner__note">{t('planner.estimateNote')}</p>}
      {timetable.warnings.length > 0 && (
        <ul className="planner__warnings" aria-label={t('planner.warningsLabel')}>
          {timetable.warnings.map((w, k) => (
            <li key={k}>
              <WarningText warning={w} sites={byId} lang={lang} fmt={fmt} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
