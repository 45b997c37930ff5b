import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { Plan } from '../../domain/plan/plan.ts';
import { itineraryToGpx, planItinerary } from '../../domain/plan/export-gpx.ts';
import { gpxLabels } from './gpx-labels.ts';
import { itineraryToGeoJson } from '../../domain/plan/export-geojson.ts';
import { timetableLegs } from '../../domain/routing/itinerary-legs.ts';
import { download } from '../../shared/download.ts';
import { formatPartialDate } from '../../domain/format-date.ts';
import { timetableOf } from './use-plan-view.ts';

interface Props {
  plan: Plan;
  sites: readonly SiteFeature[];
  lang: Lang;
  date: string;
  preparing: boolean;
  onPrint: () => void;
  onClear: () => void;
}

/** Print the handout, download the plan as GPX or GeoJSON, or empty it. */
export function ExportPlan({ plan, sites, lang, date, preparing, onPrint, onClear }: Props) {
  const { t } = useTranslation();
  const exportName = `${t('planner.fileName')}-${date}`;
  // The legs as the timetable shows them: along the road where the routing worker answered.
  // Files are written in the chosen language (the exporters read [lang]); the title says the date as the UI does.
  const title = t('planner.exportTitle', { date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatPartialDate(date, lang) : date });
  // Names are the UI's words in the chosen language, the one the file is written in.
  const startName = plan.start.kind === 'preset' ? t(`planner.start.presets.${plan.start.id}`) : t('planner.start.label');
  const itinerary = () =>
    planItinerary(
      plan,
      sites,
      { vi: title, en: title },
      { vi: startName, en: startName },
      timetableLegs(timetableOf(plan, sites, date), plan, new Map(sites.map((s) => [s.id, s]))),
    );
  return (
    <section className="planner__export" aria-labelledby="planner-export">
      <h3 id="planner-export">{t('planner.export.title')}</h3>
      <div className="planner__buttons">
        <button type="button" className="primary-button" onClick={onPrint} disabled={preparing}>
          {preparing ? t('planner.export.preparing') : t('planner.export.print')}
        </button>
        <button
          type="button"
          className="secondary-button"
          onClick={() => download(`${exportName}.gpx`, 'application/gpx+xml', itineraryToGpx(itinerary(), { lang, labels: gpxLabels(t) }))}
        >
          {t('planner.export.gpx')}
        </button>
        <button
          type="button"
          className="secondary-button"
          onClick={() => download(`${exportName}.geojson`, 'application/geo+json', JSON.stringify(itineraryToGeoJson(itinerary(), lang), null, 2))}
        >
          {t('planner.export.geojson')}
        </button>
      </div>
      <button type="button" className="link-button planner__clear" onClick={onClear}>
        {t('planner.clear')}
      </button>
    </section>
  );
}
