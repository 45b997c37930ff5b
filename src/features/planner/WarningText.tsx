import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { WarningGroup } from '../../domain/plan/warning-groups.ts';
import type { Formatters } from './plan-view.ts';
import { listOf } from './PlanNotices.tsx';

/** One line of warnings in words: a warning about the day, or one kind of warning naming all its stops. */
export function WarningText({ group, sites, lang, fmt }: { group: WarningGroup; sites: ReadonlyMap<string, SiteFeature>; lang: Lang; fmt: Formatters }) {
  const { t } = useTranslation();
  const w = group.warning;
  const name = (id: string) => {
    const p = sites.get(id)?.properties;
    return p === undefined ? id : (p.shortName ?? p.name)[lang];
  };
  const many = group.stops.length > 1;
  // "2 (Đền Đuổm), 4 (Tỉn Keo) và 5 (…)"; unknown sites by number only.
  const stops = listOf(group.stops.map((s) => (w.code === 'unknown-site' ? String(s.index + 1) : `${s.index + 1} (${name(s.site)})`)), lang);
  const say = (key: string) => t(`planner.warning.${key}${many ? 'Many' : ''}`, { stops });
  switch (w.code) {
    case 'ends-after-sunset':
      return <>{t('planner.warning.sunset', w.params)}</>;
    case 'over-10-hours':
      return <>{t('planner.warning.long', { duration: fmt.duration(w.params.minutes), limit: fmt.duration(w.params.limit) })}</>;
    case 'approximate-position':
      return <>{say(w.params.confidence === 'commune-centroid' ? 'communeCentre' : 'approximate')}</>;
    case 'unlocated-stop':
      return <>{say('unlocated')}</>;
    case 'unknown-site':
      return <>{say('unknownSite')}</>;
    case 'unknown-distance':
      return <>{w.params.site === 'start' ? t('planner.warning.unknownReturn') : say('unknownDistance')}</>;
    case 'invalid-date':
      return <>{t('planner.warning.invalidDate')}</>;
  }
}
