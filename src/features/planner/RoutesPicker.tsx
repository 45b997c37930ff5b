import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { summarizeRoute } from '../../domain/plan/summarize-route.ts';
import { routeToPlan } from '../../domain/plan/route-to-plan.ts';
import type { PlanApi } from './use-plan.ts';
import { siteName, type Formatters } from './plan-view.ts';
import { useRoutes } from './use-routes.ts';
import { roadLookup } from '../routing/road-store.ts';
import { useRequestRouteLegs, useRoadVersion } from '../routing/use-road-legs.ts';
import { LazyRouteQuiz, QuizEntry } from '../quiz/QuizEntry.tsx';
import { WorksheetButton } from '../quiz/WorksheetButton.tsx';

const NO_ROUTES: never[] = [];

interface Props {
  api: PlanApi;
  sites: readonly SiteFeature[];
  byId: ReadonlyMap<string, SiteFeature>;
  lang: Lang;
  fmt: Formatters;
  onSelectSite: (id: string) => void;
}

/** The curated visit routes: pick one to see it on the map with its stops and legs, and copy it into the plan. */
export function RoutesPicker({ api, sites, byId, lang, fmt, onSelectSite }: Props) {
  const { t } = useTranslation();
  const state = useRoutes();
  const roads = useRoadVersion();
  useRequestRouteLegs(state.kind === 'ready' ? state.routes : NO_ROUTES, byId);
  const summaries = useMemo(
    () => (state.kind === 'ready' ? new Map(state.routes.map((r) => [r.id, summarizeRoute(r, sites, roadLookup)])) : new Map()),
    // roads: new road answers give new summaries.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, sites, roads],
  );
  if (state.kind === 'loading') return <p className="muted">{t('routes.loading')}</p>;
  if (state.kind === 'error') return <p className="planner__error">{t('routes.error')}</p>;

  const shown = state.routes.find((r) => r.id === api.previewRoute);
  const summary = shown ? summaries.get(shown.id) : undefined;
  // The route quiz and the worksheet read the same stops and names.
  const stopIds = shown ? shown.stops.map((s) => s.site) : [];
  const stopName = (id: string): string => {
    const site = byId.get(id);
    return site ? siteName(site, lang) : id;
  };

  return (
    <div className="routes">
      <ul className="routes__list" aria-label={t('routes.listLabel')}>
        {state.routes.map((r) => {
          const s = summaries.get(r.id);
          const on = r.id === api.previewRoute;
          return (
            <li key={r.id} className={`routes__item${on ? ' routes__item--on' : ''}`}>
              <button type="button" className="routes__pick" aria-pressed={on} onClick={() => api.setPreviewRoute(on ? null : r.id)}>
                <span className="routes__name">{r.name[lang]}</span>
                {s !== undefined && (
                  <span className="routes__meta">
                    {t(s.unmeasuredLegs > 0 ? 'routes.metaAtLeast' : 'routes.meta', { count: r.stops.length, km: fmt.km(s.totalKm), time: fmt.duration(s.totalMinutes) })}
                    {s.estimatedLegs > 0 && ` · ${t('routes.estimatedLegs', { count: s.estimatedLegs })}`}
                    {s.unmeasuredLegs > 0 && ` · ${t('routes.unknownLegs', { unknown: s.unmeasuredLegs, legs: s.legs.length })}`}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {shown !== undefined && summary !== undefined && (
        <section className="routes__detail" aria-labelledby="route-title">
          <h3 id="route-title">{shown.name[lang]}</h3>
          <p>{shown.description[lang]}</p>
          <ol className="routes__stops">
            {shown.stops.map((stop, i) => {
              const leg = i > 0 ? summary.legs[i - 1] : undefined;
              const site = byId.get(stop.site);
              return (
                <li key={`${stop.site}-${i}`}>
                  {leg !== undefined && (
                    <p className="planner__leg">
                      <span aria-hidden="true">↓ </span>
                      {t(`routes.mode.${leg.mode}`)}: {fmt.leg({ km: leg.km, minutes: leg.minutes, estimated: leg.estimated, basis: leg.basis, ...(leg.roadKm === undefined ? {} : { roadKm: leg.roadKm }), ...(leg.offRoadEstimate === true ? { offRoadEstimate: true } : {}) })}
                      {leg.basis === 'source' && ` (${t('routes.sourced')})`}
                    </p>
                  )}
                  <div className="planner__stop-main">
                    <span className="planner__num" aria-hidden="true">
                      {i + 1}
                    </span>
                    <div className="planner__stop-text">
                      <button type="button" className="planner__name" onClick={() => onSelectSite(stop.site)}>
                        <span className="visually-hidden">{i + 1}. </span>
                        {site ? siteName(site, lang) : stop.site}
                      </button>
                      <span className="planner__times">
                        {stop.minutes > 0 ? t('planner.visitFor', { minutes: stop.minutes }) : t('routes.passThrough')}
                      </span>
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
          <p className="planner__totals-line">
            {t(summary.unmeasuredLegs > 0 ? 'routes.totalAtLeast' : 'routes.total', { km: fmt.km(summary.totalKm), travel: fmt.duration(summary.travelMinutes), visit: fmt.duration(summary.visitMinutes) })}
          </p>
          <button
            type="button"
            className="primary-button"
            onClick={() => {
              api.replace(routeToPlan(shown, api.plan.start, api.plan.startTime));
              api.setPreviewRoute(null);
              api.setTab('plan');
            }}
          >
            {t('routes.use')}
          </button>
          {/* The route quiz (issue 13): questions from its stops in visiting order, loaded on the first press. */}
          <QuizEntry key={shown.id} className="routes__quiz">
            {(close) => (
              <LazyRouteQuiz
                routeName={shown.name[lang]}
                stopSiteIds={stopIds}
                lang={lang}
                siteName={stopName}
                onSelectSite={onSelectSite}
                onClose={close}
              />
            )}
          </QuizEntry>
          {/* The teacher's worksheet (issue 13): the stops' questions to print, the answer key on its own page. */}
          <WorksheetButton
            key={`ws-${shown.id}`}
            className="routes__worksheet"
            routeName={shown.name[lang]}
            stopSiteIds={stopIds}
            lang={lang}
            siteName={stopName}
          />
        </section>
      )}
    </div>
  );
}
