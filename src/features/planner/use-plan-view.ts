import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { Plan } from '../../domain/plan/plan.ts';
import { buildTimetable, type Timetable } from '../../domain/plan/timetable.ts';
import { formatters, siteName, todayIso, type Formatters } from './plan-view.ts';
import { roadLookup, roadVersion } from '../routing/road-store.ts';
import { useRequestPlanLegs, useRoadVersion } from '../routing/use-road-legs.ts';

export interface PlanView {
  fmt: Formatters;
  /** The day of the visit (YYYY-MM-DD): the chosen one, else today. */
  date: string;
  /** The start in words: the preset's name or "my location". */
  startName: string;
  timetable: Timetable;
  /** A site's short name by id (the id itself if unknown). */
  name: (id: string) => string;
}

/**
 * One timetable per (plan, sites, date): the planner and the map layers both read it, so they can never disagree
 * (they once built it twice, the map always for today). A plan is immutable, so its object is the cache key.
 */
const timetables = new WeakMap<Plan, { sites: readonly SiteFeature[]; date: string; roads: number; timetable: Timetable }>();

/** The timetable with the road legs the routing worker has answered so far (the rest are estimates). */
export function timetableOf(plan: Plan, sites: readonly SiteFeature[], date: string): Timetable {
  const hit = timetables.get(plan);
  const roads = roadVersion();
  if (hit !== undefined && hit.sites === sites && hit.date === date && hit.roads === roads) return hit.timetable;
  const timetable = buildTimetable(plan, sites, { date, roads: roadLookup });
  timetables.set(plan, { sites, date, roads, timetable });
  return timetable;
}

/** What every view of the plan shows: numbers in words, the start's name and the one timetable. */
export function usePlanView(plan: Plan, sites: readonly SiteFeature[], byId: ReadonlyMap<string, SiteFeature>, lang: Lang, chosenDate: string | null): PlanView {
  const { t } = useTranslation();
  const fmt = useMemo(
    () =>
      formatters(lang, {
        estimated: t('planner.estimated'),
        unknown: t('planner.unknownDistance'),
        hours: t('planner.h'),
        minutes: t('planner.min'),
        byRoad: t('routing.byRoad'),
        sourced: t('routing.sourced'),
        roadBeside: (km) => t('routing.roadBeside', { km }),
        offRoad: t('routing.offRoad'),
      }),
    [lang, t],
  );
  const date = chosenDate ?? todayIso();
  const roads = useRoadVersion();
  useRequestPlanLegs(plan, byId);
  // roads: a new answer from the routing worker gives a new timetable.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const timetable = useMemo(() => timetableOf(plan, sites, date), [plan, sites, date, roads]);
  // The start as it reads inside a sentence: "Xuất phát từ vị trí của bạn", "Về đến thành phố Thái Nguyên".
  const startName = t(`planner.start.inSentence.${plan.start.kind === 'preset' ? plan.start.id : 'my-location'}`);
  const name = useMemo(
    () => (id: string) => {
      const s = byId.get(id);
      return s === undefined ? id : siteName(s, lang);
    },
    [byId, lang],
  );
  return { fmt, date, startName, timetable, name };
}
