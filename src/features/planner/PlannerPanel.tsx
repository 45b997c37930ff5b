import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { PlanApi } from './use-plan.ts';
import { timetableOf, usePlanView } from './use-plan-view.ts';
import { useReorder } from './use-reorder.ts';
import { usePrint } from './use-print.ts';
import { useQr } from './use-qr.ts';
import { shareUrlOf } from './share-url.ts';
import { NoticeCard } from './PlanNotices.tsx';
import { PlanSettings } from './PlanSettings.tsx';
import { StopList } from './StopList.tsx';
import { PlanTotals } from './PlanTotals.tsx';
import { SharePlan } from './SharePlan.tsx';
import { ExportPlan } from './ExportPlan.tsx';
import { RoutesPicker } from './RoutesPicker.tsx';
import { WorksheetButton } from '../quiz/WorksheetButton.tsx';
import { RoadNotice } from '../routing/RoadNotice.tsx';
import './planner.css';

const PrintView = lazy(() => import('./PrintView.tsx').then((m) => ({ default: m.PrintView })));

interface Props {
  api: PlanApi;
  sites: readonly SiteFeature[];
  byId: ReadonlyMap<string, SiteFeature>;
  lang: Lang;
  selectedId: string | null;
  onSelectSite: (id: string) => void;
}

/** The teacher's planner: stops in order with the timetable, settings, optimise, share, export and print. */
export default function PlannerPanel({ api, sites, byId, lang, selectedId, onSelectSite }: Props) {
  const { t } = useTranslation();
  const { plan } = api;
  const view = usePlanView(plan, sites, byId, lang, api.date);
  const [announce, setAnnounce] = useState('');
  const [optimised, setOptimised] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shareUrl = useMemo(() => shareUrlOf(plan, lang, window.location, api.date), [plan, lang, api.date]);
  const qr = useQr(shareUrl, plan.stops.length > 0);
  const { print, start: startPrint, printNow } = usePrint(plan, view, byId, lang);
  const reorder = useReorder({
    stops: plan.stops,
    move: api.move,
    onMoved: (stop, to) => {
      setOptimised(null);
      setAnnounce(t('planner.moved', { name: view.name(stop.site), position: to + 1, count: plan.stops.length }));
    },
  });

  // Opened with the header button: focus moves in. Opened by a shared link at load: focus stays at the top.
  useEffect(() => {
    if (document.activeElement?.closest('.planner-button')) headingRef.current?.focus();
  }, []);

  // On a phone the planner is a sheet over the site's panel: choosing a site (on the map, by search) closes it in
  // the same history step (AppShell's select), so Back brings the planner back.

  const optimise = async () => {
    const before = view.timetable.totals.km;
    // Road minutes from the routing worker when it can answer; the optimiser estimates otherwise.
    const { roadCostFor } = await import('../routing/road-optimise.ts');
    const next = await api.optimise(await roadCostFor(plan, byId));
    const after = timetableOf(next, sites, view.date).totals.km;
    const same = next.stops.every((s, i) => s.site === plan.stops[i]?.site);
    setOptimised(same ? t('planner.optimiseSame') : t('planner.optimiseDone', { km: view.fmt.km(Math.max(0, before - after)) }));
  };

  return (
    <section
      id="planner"
      className="planner"
      aria-labelledby="planner-title"
      onKeyDown={(e) => {
        // Escape closes the planner (not while a select's list is open) and gives focus back to its header button.
        if (e.key !== 'Escape' || e.target instanceof HTMLSelectElement) return;
        e.stopPropagation();
        api.setOpen(false);
        requestAnimationFrame(() => document.querySelector<HTMLElement>('.planner-button')?.focus());
      }}
    >
      <header className="planner__head">
        <h2 id="planner-title" tabIndex={-1} ref={headingRef}>
          {t('planner.title')}
        </h2>
        <button type="button" className="icon-button" onClick={() => api.setOpen(false)} aria-label={t('planner.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="planner__tabs" role="group" aria-label={t('planner.tabsLabel')}>
        <button type="button" aria-pressed={api.tab === 'plan'} onClick={() => { api.setTab('plan'); api.setPreviewRoute(null); }}>
          {t('planner.tabPlan', { count: plan.stops.length })}
        </button>
        <button type="button" aria-pressed={api.tab === 'routes'} onClick={() => api.setTab('routes')}>
          {t('routes.tab')}
        </button>
      </div>
      <div className="planner__body">
        {api.notices.map((n) => (
          <NoticeCard key={n.kind} notice={n} role="status" onDismiss={() => api.dismiss(n.kind)}>
            {((n.kind === 'from-link' && n.canRestore) || n.kind === 'replaced') && (
              <button type="button" className="secondary-button" onClick={api.restorePrevious}>
                {t('planner.notice.restore')}
              </button>
            )}
          </NoticeCard>
        ))}

        {api.tab === 'routes' ? (
          <RoutesPicker api={api} sites={sites} byId={byId} lang={lang} fmt={view.fmt} onSelectSite={onSelectSite} />
        ) : (
          <>
            <PlanSettings api={api} view={view} lang={lang} />
            {plan.stops.length === 0 ? (
              <p className="planner__empty">{t('planner.empty')}</p>
            ) : (
              <>
                <div className="planner__tools">
                  <button type="button" className="secondary-button" onClick={() => void optimise()} disabled={plan.stops.length < 2}>
                    {t('planner.optimise')}
                  </button>
                  {optimised !== null && (
                    <p className="planner__result" role="status">
                      {optimised}
                    </p>
                  )}
                </div>
                <p className="planner__departure">
                  <span className="planner__clock">{plan.startTime}</span> {t('print.depart', { place: view.startName })}
                </p>
                <StopList
                  api={api}
                  view={view}
                  reorder={reorder}
                  selectedId={selectedId}
                  onSelectSite={onSelectSite}
                  onRemoved={(stop) => setAnnounce(t('planner.removed', { name: view.name(stop.site) }))}
                />
                <p className="visually-hidden" aria-live="polite">
                  {announce}
                </p>
                <PlanTotals view={view} byId={byId} lang={lang} />
                <RoadNotice timetable={view.timetable} />
                <SharePlan shareUrl={shareUrl} qr={qr} />
                <ExportPlan
                  plan={plan}
                  sites={sites}
                  lang={lang}
                  date={view.date}
                  preparing={print.kind === 'preparing'}
                  onPrint={() => void startPrint()}
                  onClear={api.clear}
                />
                <WorksheetButton
                  className="planner__worksheet"
                  stopSiteIds={plan.stops.map((s) => s.site)}
                  lang={lang}
                  siteName={view.name}
                  date={view.date}
                />
              </>
            )}
          </>
        )}
      </div>
      {print.kind === 'ready' && (
        <Suspense fallback={null}>
          <PrintView
            plan={plan}
            timetable={view.timetable}
            sites={byId}
            lang={lang}
            startName={view.startName}
            date={view.date}
            fmt={view.fmt}
            mapImage={print.image}
            qrSvg={qr}
            shareUrl={shareUrl}
            onImageReady={printNow}
          />
        </Suspense>
      )}
    </section>
  );
}
