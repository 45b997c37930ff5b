import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { TimetableWarning } from '../../domain/plan/timetable.ts';
import type { Formatters } from './plan-view.ts';

/** One timetable warning in words. */
export function WarningText({ warning: w, sites, lang, fmt }: { warning: TimetableWarning; sites: ReadonlyMap<string, SiteFeature>; lang: Lang; fmt: Formatters }) {
  const { t } = useTranslation();
  const name = (id: string) => sites.get(id)?.properties.name[lang] ?? id;
  switch (w.code) {
    case 'ends-after-sunset':
      return <>{t('planner.warning.sunset', w.params)}</>;
    case 'over-10-hours':
      return <>{t('planner.warning.long', { duration: fmt.duration(w.params.minutes), limit: fmt.duration(w.params.limit) })}</>;
    case 'approximate-position':
      return (
        <>
          {w.params.confidence === 'commune-centroid'
            ? t('planner.warning.communeCentre', { n: w.params.index + 1, name: name(w.params.site) })
            : t('planner.warning.approximate', { n: w.params.index + 1, name: name(w.params.site) })}
        </>
      );
    case 'unlocated-stop':
      return <>{t('planner.warning.unlocated', { n: w.params.index + 1, name: name(w.params.site) })}</>;
    case 'unknown-site':
      return <>{t('planner.warning.unknownSite', { n: w.params.index + 1 })}</>;
    case 'unknown-distance':
      return (
        <>
          {w.params.site === 'start'
            ? t('planner.warning.unknownReturn')
            : t('planner.warning.unknownDistance', { n: w.params.index + 1, name: name(w.params.site) })}
        </>
      );
    case 'invalid-date':
      return <>{t('planner.warning.invalidDate')}</>;
  }
}
