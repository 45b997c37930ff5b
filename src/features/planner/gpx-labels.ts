import type { TFunction } from 'i18next';
import { CONFIDENCES, type Confidence } from '../../domain/schema/site.ts';
import type { GpxLabels } from '../../domain/plan/export-gpx.ts';

/** The words of a GPX file, from the locale files: the same ones the planner and the site panel show. */
export function gpxLabels(t: TFunction): GpxLabels {
  return {
    visit: (minutes) => t('planner.export.gpxVisit', { minutes }),
    position: t('panel.location'),
    confidence: Object.fromEntries(CONFIDENCES.map((c) => [c, t(`confidence.${c}`)])) as Record<Confidence, string>,
    notOnMap: t('planner.export.gpxNotOnMap'),
    creator: t('app.title'),
  };
}
