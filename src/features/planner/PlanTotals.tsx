import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { groupWarnings } from '../../domain/plan/warning-groups.ts';
import type { PlanView } from './use-plan-view.ts';
import { WarningText } from './WarningText.tsx';

/**
 * The day in figures (distance, travel, visit, whole day, sunset) and the timetable's warnings, one line per kind.
 * With legs of unknown length the figures are lower bounds: "ít nhất …", and a line says how many legs are missing.
 */
export function PlanTotals({ view, byId, lang }: { view: PlanView; byId: ReadonlyMap<string, SiteFeature>; lang: Lang }) {
  const { t } = useTranslation();
  const { timetable, fmt } = view;
  const { totals } = timetable;
  const partial = totals.unknownLegs > 0;
  const atLeast = (value: string) => (partial ? t('planner.atLeast', { value }) : value);
  const groups = groupWarnings(timetable.warnings);
  return (
    <>
      <dl className={`planner__totals${partial ? ' planner__totals--partial' : ''}`}>
        <div>
          <dt>{t('planner.totals.distance')}</dt>
          <dd>
            {atLeast(fmt.km(totals.km))}
            {totals.estimatedKm > 0 && <span className="planner__est"> ({t('planner.estimated')})</span>}
          </dd>
        </div>
        <div>
          <dt>{t('planner.totals.travel')}</dt>
          <dd>{atLeast(fmt.duration(totals.travelMinutes))}</dd>
        </div>
        <div>
          <dt>{t('planner.totals.visit')}</dt>
          <dd>{fmt.duration(totals.visitMinutes)}</dd>
        </div>
        <div>
          <dt>{t('planner.totals.day')}</dt>
          <dd>
            {atLeast(fmt.duration(totals.dayMinutes))} ({totals.start}–{partial ? t('planner.endAtLeast', { end: totals.end }) : totals.end})
          </dd>
        </div>
        {timetable.sunset !== null && (
          <div>
            <dt>{t('planner.totals.sunset')}</dt>
            <dd>{timetable.sunset}</dd>
          </div>
        )}
      </dl>
      {partial && (
        <p className="planner__partial" role="note">
          {t('planner.totals.unknownLegs', { unknown: totals.unknownLegs, legs: totals.legs })}
        </p>
      )}
      {totals.estimatedKm > 0 && <p className="planner__note">{t('planner.estimateNote')}</p>}
      {groups.length > 0 && (
        <ul className="planner__warnings" aria-label={t('planner.warningsLabel')}>
          {groups.map((g, k) => (
            <li key={k}>
              <WarningText group={g} sites={byId} lang={lang} fmt={fmt} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
