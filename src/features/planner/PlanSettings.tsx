import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import { START_PRESET_IDS } from '../../domain/plan/plan.ts';
import type { PlanApi } from './use-plan.ts';
import type { PlanView } from './use-plan-view.ts';
import { useLocateStart } from './use-locate-start.ts';
import { defaultLunchAfter } from '../../domain/plan/lunch.ts';

interface Props {
  api: Pick<PlanApi, 'plan' | 'setStart' | 'setStartTime' | 'setLunch' | 'setDate'>;
  view: Pick<PlanView, 'date' | 'name' | 'timetable'>;
  lang: Lang;
}

/** Where the day starts and when, its date (for the sunset warning), and an optional lunch break. */
export function PlanSettings({ api, view }: Props) {
  const { t } = useTranslation();
  const { plan } = api;
  const { located, locate } = useLocateStart(api.setStart);

  const onStartChange = (value: string) => {
    if (value === 'my-location') {
      locate();
      return;
    }
    const id = START_PRESET_IDS.find((p) => p === value);
    if (id !== undefined) api.setStart({ kind: 'preset', id });
  };

  return (
    <fieldset className="planner__settings">
      <legend className="visually-hidden">{t('planner.settings')}</legend>
      <label>
        {t('planner.start.label')}
        <select value={plan.start.kind === 'preset' ? plan.start.id : 'my-location'} onChange={(e) => onStartChange(e.target.value)}>
          {START_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`planner.start.presets.${id}`)}
            </option>
          ))}
          <option value="my-location">{t('planner.start.myLocation')}</option>
        </select>
      </label>
      {located.kind === 'locating' && <p className="muted">{t('planner.start.locating')}</p>}
      {located.kind === 'error' && <p className="planner__error">{t('planner.start.error')}</p>}
      <div className="planner__row2">
        <label>
          {t('planner.startTime')}
          <input type="time" value={plan.startTime} onChange={(e) => api.setStartTime(e.target.value)} required />
        </label>
        <label>
          {t('planner.date')}
          <input type="date" value={view.date} onChange={(e) => api.setDate(e.target.value === '' ? null : e.target.value)} />
        </label>
      </div>
      <div className="planner__lunch">
        <label className="planner__check">
          <input
            type="checkbox"
            checked={plan.lunch !== undefined}
            disabled={plan.stops.length === 0}
            onChange={(e) => api.setLunch(e.target.checked ? { afterStop: defaultLunchAfter(view.timetable) ?? 0, minutes: 60 } : null)}
          />
          {t('planner.lunch')}
        </label>
        {plan.lunch !== undefined && (
          <>
            <label>
              {t('planner.lunchAfter')}
              <select value={plan.lunch.afterStop} onChange={(e) => plan.lunch && api.setLunch({ ...plan.lunch, afterStop: Number(e.target.value) })}>
                {plan.stops.map((s, i) => (
                  <option key={s.site} value={i}>
                    {i + 1}. {view.name(s.site)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('planner.lunchMinutes')}
              <input
                type="number"
                min={0}
                max={240}
                step={5}
                value={plan.lunch.minutes}
                onChange={(e) => {
                  const v = Number(e.target.value);
                  if (plan.lunch && Number.isInteger(v) && v >= 0 && v <= 240) api.setLunch({ ...plan.lunch, minutes: v });
                }}
              />
            </label>
          </>
        )}
      </div>
    </fieldset>
  );
}
