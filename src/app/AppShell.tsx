import { lazy, Suspense, useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SiteFeature } from '../domain/schema/site.ts';
import { applyFilters, emptyFilters } from '../domain/explore/filters.ts';
import { parseUrlState } from '../domain/url/app-url.ts';
import { EMPTY_CONTENT_INDEX, useContentIndex } from '../content/load-index.ts';
import { SitesList } from '../features/sites-list/SitesList.tsx';
import { SiteChooser } from '../features/site-chooser/SiteChooser.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { FiltersPanel } from '../features/filters/FiltersPanel.tsx';
import { FilterChip } from '../features/filters/FilterChip.tsx';
import { NearMeButton } from '../features/near-me/NearMeButton.tsx';
import { useNearMe } from '../features/near-me/use-near-me.ts';
import { MapArea } from './MapArea.tsx';
import { LazySelectedSitePanel } from './lazy-site-panel.ts';
import { Header } from '../shared/Header.tsx';
import { MapHandleContext } from '../map/map-handle.ts';
import { appReducer, initialState } from './store.ts';
import { useUrlSync } from './use-url-sync.ts';
import { useDocumentLanguage } from './use-document-language.ts';
import { useMapData } from './use-map-data.ts';
import { rememberLang, startLang } from './start-lang.ts';
// planner (issue 5) {
import { initialPlanState, loadPlan, usePlan } from '../features/planner/use-plan.ts';
import type { PlanAction } from '../features/planner/plan-state.ts';
import { PlannerButton } from '../features/planner/PlannerButton.tsx';
import { AddToPlanButton } from '../features/planner/AddToPlanButton.tsx';
import { PlanNotices } from '../features/planner/PlanNotices.tsx';
const PlannerPanel = lazy(() => import('../features/planner/PlannerPanel.tsx'));
const PlanLayers = lazy(() => import('../features/planner/PlanLayers.tsx'));
// } planner
// kiosk + PWA (issue 6) {
import { KioskContext } from '../features/kiosk/kiosk-context.ts';
import { KioskSafeArea } from '../features/kiosk/KioskSafeArea.tsx';
import { ResetCountContext } from '../shared/reset-count.ts';
import { useKioskHome } from './use-kiosk-home.ts';
import { UpdateNotice } from './UpdateNotice.tsx';
const KioskMode = lazy(() => import('../features/kiosk/KioskMode.tsx'));
// } kiosk + PWA
import { resolveView } from '../domain/url/resolve-url.ts';
import { isPhoneLayout } from '../shared/phone-layout.ts';
// visit passport (issue 13) {
import { PassportButton } from '../features/passport/PassportButton.tsx';
import { useQrStamp } from '../features/passport/use-qr-stamp.ts';
// } visit passport

const StoryMode = lazy(() => import('../features/story-mode/StoryMode.tsx'));
const AboutView = lazy(() => import('../features/about/AboutView.tsx'));
const PositionLayer = lazy(() => import('../features/near-me/PositionLayer.tsx'));

export function AppShell({ sites }: { sites: SiteFeature[] }) {
  const { t } = useTranslation();
  // The address and the saved plan, read once: the store's first state, and the plan's writes after mount.
  const [boot] = useState(() => ({ url: parseUrlState(window.location.search), plan: loadPlan(window.location.search, sites.map((s) => s.id)) }));
  const [state, dispatch] = useReducer(appReducer, boot, (b) => initialState({ ...b.url, lang: startLang() }, initialPlanState(b.plan)));
  const planDispatch = useCallback((action: PlanAction) => dispatch({ type: 'plan', action }), []);
  const [chooser, setChooser] = useState<string[] | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const closeAbout = useCallback(() => setAboutOpen(false), []);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [mapReady, setMapReady] = useState(false);
  const mapHandle = useMemo(() => ({ map: mapRef, ready: mapReady }), [mapReady]);
  const contentIndex = useContentIndex();
  const nearMe = useNearMe(sites);

  // Derived, never stored: a link may name a site, a place or a story that does not exist; the app shows (and writes
  // back to the address) the state without them. Filtered sites feed both the list and the map (memoised data).
  const byId = useMemo(() => new Map(sites.map((s) => [s.id, s])), [sites]);
  const storyIds = useMemo(() => (contentIndex === EMPTY_CONTENT_INDEX ? null : contentIndex.storyModes.map((m) => m.id)), [contentIndex]);
  const view = useMemo(
    () => resolveView({ selectedId: state.selectedId, filters: state.filters, story: state.story }, { siteIds: byId, sites, storyIds }),
    [state.selectedId, state.filters, state.story, byId, sites, storyIds],
  );
  const visible = useMemo(() => applyFilters(sites, view.filters), [sites, view.filters]);
  const mapData = useMapData(visible, state.lang);
  const selected = view.selectedId !== null ? byId.get(view.selectedId) : undefined;
  const returnFocus = useRef<HTMLElement | null>(null);

  const planner = usePlan(sites, state.plan, planDispatch, { writes: boot.plan.writes, resets: state.resets }); // planner (issue 5)
  const { setOpen: setPlannerOpen } = planner;
  useUrlSync(state, view, dispatch);
  // kiosk + PWA (issue 6): the shell's own overlays are forgotten at a reset, the rest follows the store's count
  const { clear: clearNearMe } = nearMe;
  const forget = useCallback(() => void (setChooser(null), clearNearMe()), [clearNearMe]);
  const listRef = useRef<HTMLDivElement>(null);
  const kiosk = useKioskHome({ sites, visible, nearMe: nearMe.state, resets: state.resets, dispatch, map: mapRef, list: listRef, forget });
  useDocumentLanguage(state.lang);
  useQrStamp(boot.url, byId, kiosk.enabled);

  // Where the planner and a site panel overlap (narrow desktops), the one opened last is in front.
  const [plannerFront, setPlannerFront] = useState(false);
  const select = useCallback((id: string) => {
    setPlannerFront(false);
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest('.site-panel')) {
      returnFocus.current = document.activeElement;
    }
    setChooser(null);
    // On a phone the planner is a sheet over the site's panel: it steps aside in the same history step.
    if (isPhoneLayout()) setPlannerOpen(false);
    dispatch({ type: 'select', id });
  }, [setPlannerOpen]);

  const close = useCallback(() => {
    const closedId = view.selectedId;
    dispatch({ type: 'close' });
    // Give focus back to where the user was; if that element is gone, to the site's row in the list.
    requestAnimationFrame(() => {
      const back = returnFocus.current;
      if (back?.isConnected && back !== document.body) back.focus();
      else document.querySelector<HTMLElement>(`.sites-list .site-item[data-site-id="${closedId}"]`)?.focus();
    });
  }, [view.selectedId]);

  const onChapter = useCallback((chapter: number) => dispatch({ type: 'setChapter', chapter }), []);
  const storyButton = useRef<HTMLButtonElement>(null);
  const onExitStory = useCallback(() => {
    dispatch({ type: 'closeStory' });
    // Focus goes back to the button that opens the story (it is shown again), not to the page body.
    requestAnimationFrame(() => storyButton.current?.focus());
  }, []);
  const onMapReady = useCallback((map: MapLibreMap) => {
    mapRef.current = map;
    setMapReady(true);
  }, []);

  const firstStoryMode = contentIndex.storyModes[0];

  return (
    <MapHandleContext.Provider value={mapHandle}>
      <KioskContext.Provider value={kiosk.context}>
      <ResetCountContext.Provider value={state.resets}>
      <KioskSafeArea enabled={kiosk.enabled} onHome={kiosk.recoverHome}>
      <div className={`app app--view-${state.view}${selected ? ' app--panel-open' : ''}${view.story ? ' app--story' : ''}${kiosk.enabled ? ' app--kiosk' : ''}`} data-resets={state.resets}>
        <a className="skip-link" href="#sites-list">
          {t('app.skipToList')}
        </a>
        <Header
          lang={state.lang}
          onLang={(lang) => {
            rememberLang(lang, kiosk.enabled);
            dispatch({ type: 'setLang', lang });
          }}
          onAbout={() => setAboutOpen(true)}
        >
          <SearchBox sites={sites} lang={state.lang} onSelect={select} />
          {firstStoryMode && !view.story && (
            <button type="button" className="header-button story-button" ref={storyButton} onClick={() => dispatch({ type: 'openStory', id: firstStoryMode.id })}>
              {t('storyMode.open')}
            </button>
          )}
          {/* slot: header-tools (planner) */}
          <PlannerButton count={planner.plan.stops.length} open={planner.open} onToggle={() => {
              setPlannerFront(!planner.open);
              planner.setOpen(!planner.open);
            }} />
          {!kiosk.enabled && <PassportButton sites={sites} lang={state.lang} onSelect={select} />}
        </Header>
        <nav className="view-tabs" aria-label={t('views.tabsLabel')}>
          {(['map', 'list'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={state.view === v} onClick={() => dispatch({ type: 'setView', view: v })}>
              {t(`views.${v}`)}
            </button>
          ))}
        </nav>
        <main className={plannerFront ? 'app__main app__main--planner-front' : 'app__main'}>
          <div className="app__list" ref={listRef}>
            <SitesList
              sites={visible}
              lang={state.lang}
              sort={state.sort === 'distance' ? 'name' : state.sort}
              selectedId={view.selectedId}
              distances={kiosk.listDistances}
              onSort={(sort) => dispatch({ type: 'setSort', sort })}
              rowAction={(site) => (
                <AddToPlanButton variant="row" site={site} lang={state.lang} inPlan={planner.inPlan.has(site.id)} onAdd={planner.add} onRemove={planner.removeSite} />
              )}
              onSelect={(id) => {
                select(id);
                dispatch({ type: 'setView', view: 'map' });
              }}
              tools={
                <>
                  <FiltersPanel
                    sites={sites}
                    filters={view.filters}
                    lang={state.lang}
                    matching={visible.length}
                    onChange={(filters) => dispatch({ type: 'setFilters', filters })}
                  />
                  {kiosk.enabled ? (
                    kiosk.distances !== null && <p className="muted kiosk-distances">{t('visitor.kioskDistances')}</p>
                  ) : (
                    <NearMeButton state={nearMe.state} onLocate={nearMe.locate} onClear={nearMe.clear} />
                  )}
                </>
              }
            />
          </div>
          <div className="app__map">
            <MapArea
              data={mapData}
              lang={state.lang}
              theme={kiosk.enabled ? 'kiosk' : 'default'}
              selectedId={view.selectedId}
              onSelect={select}
              onChoose={setChooser}
              onMapReady={onMapReady}
            >
              {/* slot: map-layers (route lines, plan stops) */}
              {nearMe.state.kind === 'ready' && !kiosk.enabled && (
                <Suspense fallback={null}>
                  <PositionLayer position={nearMe.state.position} distances={nearMe.state.distances} byId={byId} theme="default" />
                </Suspense>
              )}
              {(planner.open || (selected !== undefined && planner.inPlan.has(selected.id))) && (
                <Suspense fallback={null}>
                  <PlanLayers
                    plan={planner.plan}
                    date={planner.date}
                    showPlan
                    routeId={planner.open && planner.tab === 'routes' ? planner.previewRoute : null}
                    sites={sites}
                    byId={byId}
                    lang={state.lang}
                    theme={kiosk.enabled ? 'kiosk' : 'default'}
                    onSelect={select}
                  />
                </Suspense>
              )}
            </MapArea>
            <FilterChip shown={visible.length} total={sites.length} onClear={() => dispatch({ type: 'setFilters', filters: emptyFilters() })} />
            {chooser && (
              <SiteChooser ids={chooser} byId={byId} lang={state.lang} onSelect={select} onClose={() => setChooser(null)} />
            )}
            {view.story && view.storyReady && (
              <Suspense fallback={null}>
                <StoryMode
                  storyId={view.story.id}
                  chapter={view.story.chapter}
                  lang={state.lang}
                  sites={byId}
                  onChapter={onChapter}
                  onExit={onExitStory}
                />
              </Suspense>
            )}
          </div>
          {selected && (
            // The fallback marks the short wait for the panel's code on first open (tests wait for it to go).
            <Suspense fallback={<span className="site-panel-pending" hidden />}>
              <LazySelectedSitePanel
                key={selected.id}
                site={selected}
                lang={state.lang}
                kiosk={kiosk.enabled}
                hasStory={contentIndex.stories[selected.id]?.includes(state.lang) ?? false}
                inPlan={planner.inPlan.has(selected.id)}
                onAddToPlan={planner.add}
                onRemoveFromPlan={planner.removeSite}
                onClose={close}
              />
            </Suspense>
          )}
          {/* slot: overlays (planner, kiosk) */}
          {!planner.open && <PlanNotices api={planner} />}
          {planner.open && (
            <Suspense fallback={null}>
              <PlannerPanel
                api={planner}
                sites={sites}
                byId={byId}
                lang={state.lang}
                selectedId={view.selectedId}
                onSelectSite={(id) => {
                  select(id); // on a phone the planner steps aside so the site's panel shows
                  dispatch({ type: 'setView', view: 'map' });
                }}
              />
            </Suspense>
          )}
          {kiosk.enabled && kiosk.config && (
            <Suspense fallback={null}>
              <KioskMode config={kiosk.config} sites={sites} lang={state.lang} onSelect={select} onReset={kiosk.resetToHome} />
            </Suspense>
          )}
          {!kiosk.enabled && <UpdateNotice />}
          {aboutOpen && (
            <Suspense fallback={null}>
              <AboutView sites={sites} onClose={closeAbout} />
            </Suspense>
          )}
        </main>
      </div>
      </KioskSafeArea>
      </ResetCountContext.Provider>
      </KioskContext.Provider>
    </MapHandleContext.Provider>
  );
}
