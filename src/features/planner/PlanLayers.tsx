import { useEffect, useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { LayerSpecification, MapLayerMouseEvent } from 'maplibre-gl';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { Plan } from '../../domain/plan/plan.ts';
import { summarizeRoute } from '../../domain/plan/summarize-route.ts';
import { legLabelLayer, PLAN_LAYER_IDS, PLAN_SOURCE_LEG_LABELS, PLAN_SOURCE_LINES, PLAN_SOURCE_POINTS, PLAN_THEMES, planLayers } from '../../map/plan-layers.ts';
import { useQuietSiteLabels } from '../../map/quiet-labels.ts';
import { PLACE_LABELS_BOTTOM } from '../../map/style/layer-kit.ts';
import type { ThemeName } from '../../map/site-themes.ts';
import { useMapHandle } from '../../map/map-handle.ts';
import { prefersReducedMotion } from '../../map/motion.ts';
import { planMapData, routeMapData, startPosition, type PlanMapData } from './plan-view.ts';
import { usePlanView } from './use-plan-view.ts';
import { useRoutes } from './use-routes.ts';
import { fitPadding } from './fit-padding.ts';
import { roadLookup } from '../routing/road-store.ts';
import { useRequestRouteLegs, useRoadVersion } from '../routing/use-road-legs.ts';

const NO_ROUTES: never[] = [];
const NO_IDS: string[] = [];

interface Props {
  plan: Plan;
  /** The planner's chosen day (null: today), so the map and the planner read one timetable. */
  date: string | null;
  /** Draw the plan (the planner is open, or a stop of it is selected). */
  showPlan: boolean;
  /** A curated route to draw instead of the plan. */
  routeId: string | null;
  sites: readonly SiteFeature[];
  byId: ReadonlyMap<string, SiteFeature>;
  lang: Lang;
  /** The map theme (the kiosk's is high-contrast): the plan's colours follow it. */
  theme: ThemeName;
  onSelect: (id: string) => void;
}

interface Specs {
  lines: LayerSpecification[];
  points: LayerSpecification[];
  legLabels: LayerSpecification;
}

/** The layers of each theme, split by source (built once per theme). */
const SPECS = new Map<ThemeName, Specs>();
function specsFor(theme: ThemeName): Specs {
  let specs = SPECS.get(theme);
  if (specs === undefined) {
    const all = planLayers(PLAN_THEMES[theme]);
    specs = {
      lines: all.filter((l) => 'source' in l && l.source === PLAN_SOURCE_LINES),
      points: all.filter((l) => 'source' in l && l.source === PLAN_SOURCE_POINTS),
      legLabels: legLabelLayer(PLAN_THEMES[theme]),
    };
    SPECS.set(theme, specs);
  }
  return specs;
}

/** The plan (or a curated route) on the map: line, numbered stops, leg distances and times; fitted into view. */
export default function PlanLayers({ plan, date, showPlan, routeId, sites, byId, lang, theme, onSelect }: Props) {
  const specs = specsFor(theme);
  const { map, ready } = useMapHandle();
  const routes = useRoutes();
  const { fmt, startName, timetable } = usePlanView(plan, sites, byId, lang, date);
  const roads = useRoadVersion();
  const shownRoute = routeId !== null && routes.kind === 'ready' ? routes.routes.find((r) => r.id === routeId) : undefined;
  useRequestRouteLegs(useMemo(() => (shownRoute === undefined ? NO_ROUTES : [shownRoute]), [shownRoute]), byId);

  const data: PlanMapData | null = useMemo(() => {
    if (routeId !== null) {
      if (routes.kind !== 'ready') return null;
      const route = routes.routes.find((r) => r.id === routeId);
      return route === undefined ? null : routeMapData(route, summarizeRoute(route, sites, roadLookup), byId, lang, fmt);
    }
    if (!showPlan || plan.stops.length === 0) return null;
    return planMapData(timetable, byId, { name: startName, position: startPosition(plan.start) }, lang, fmt);
    // roads: new road answers redraw the route along the road.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [routeId, routes, showPlan, plan, timetable, startName, sites, byId, lang, fmt, roads]);

  // Fit the whole plan or route into the part of the map that panels leave visible, when it changes shape.
  const fitKey = data?.bounds ? `${routeId ?? 'plan'}:${data.bounds.flat().map((n) => n.toFixed(4)).join(',')}` : '';
  useEffect(() => {
    const m = map.current;
    if (!ready || m === null || fitKey === '' || data?.bounds == null) return;
    const [sw, ne] = data.bounds;
    m.fitBounds([sw, ne], { padding: fitPadding(m.getContainer(), 64), maxZoom: 14, duration: prefersReducedMotion() ? 0 : 700 });
    // data is read for its bounds only, which fitKey covers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitKey, ready, map]);

  // A tap on a numbered stop selects its site (under a cluster the site layer may not be hit).
  useEffect(() => {
    const m = map.current;
    if (!ready || m === null) return;
    const onClick = (e: MapLayerMouseEvent) => {
      const site = e.features?.[0]?.properties['site'];
      if (typeof site === 'string') onSelect(site);
    };
    m.on('click', PLAN_LAYER_IDS.stops, onClick);
    return () => {
      m.off('click', PLAN_LAYER_IDS.stops, onClick);
    };
  }, [map, ready, onSelect]);

  // The stops are named by the plan's own labels, beside their numbers: the site labels under them would repeat it.
  useQuietSiteLabels(data?.siteIds ?? NO_IDS);
  // Leg labels give way to every name: under the basemap's place names (when the style has them; a hosted one may not).
  const legsBefore = ready && map.current?.getLayer(PLACE_LABELS_BOTTOM) !== undefined ? PLACE_LABELS_BOTTOM : undefined;

  if (data === null) return null;
  return (
    <>
      <Source id={PLAN_SOURCE_LINES} type="geojson" data={data.lines}>
        {specs.lines.map((l) => <Layer key={l.id} {...l} />)}
      </Source>
      <Source id={PLAN_SOURCE_LEG_LABELS} type="geojson" data={data.legLabels}>
        <Layer {...specs.legLabels} {...(legsBefore === undefined ? {} : { beforeId: legsBefore })} />
      </Source>
      <Source id={PLAN_SOURCE_POINTS} type="geojson" data={data.points}>
        {specs.points.map((l) => <Layer key={l.id} {...l} />)}
      </Source>
    </>
  );
}
