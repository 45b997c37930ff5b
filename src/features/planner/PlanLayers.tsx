import { useEffect, useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { LayerSpecification, MapLayerMouseEvent } from 'maplibre-gl';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { Plan } from '../../domain/plan/plan.ts';
import { summarizeRoute } from '../../domain/plan/summarize-route.ts';
import { SITE_FONT } from '../../map/site-font.ts';
import { useMapHandle } from '../../map/map-handle.ts';
import { prefersReducedMotion } from '../../map/motion.ts';
import { planMapData, routeMapData, startPosition, type PlanMapData } from './plan-view.ts';
import { usePlanView } from './use-plan-view.ts';
import { useRoutes } from './use-routes.ts';
import { fitPadding } from './fit-padding.ts';
import { roadLookup } from '../routing/road-store.ts';
import { useRequestRouteLegs, useRoadVersion } from '../routing/use-road-legs.ts';

const NO_ROUTES: never[] = [];

export const PLAN_SOURCE_LINES = 'plan-lines';
export const PLAN_SOURCE_POINTS = 'plan-points';
export const PLAN_LAYER_IDS = {
  casing: 'plan-line-casing',
  line: 'plan-line',
  estimated: 'plan-line-estimated',
  back: 'plan-line-return',
  legLabels: 'plan-leg-labels',
  start: 'plan-start',
  stops: 'plan-stops',
  numbers: 'plan-stop-numbers',
  names: 'plan-stop-names',
} as const;

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
  onSelect: (id: string) => void;
}

const RED = '#b3001b';
const INK = '#5c0a0a';
/** Plan stops are dark with a red ring, so they never read as the red site clusters. */
const STOP_FILL = '#1f1a17';

function layers(): LayerSpecification[] {
  const font = [SITE_FONT];
  return [
    {
      id: PLAN_LAYER_IDS.casing,
      type: 'line',
      source: PLAN_SOURCE_LINES,
      filter: ['==', ['get', 'kind'], 'leg'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': 8, 'line-opacity': 0.9 },
    },
    {
      id: PLAN_LAYER_IDS.back,
      type: 'line',
      source: PLAN_SOURCE_LINES,
      filter: ['==', ['get', 'kind'], 'return'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': INK, 'line-width': 2.5, 'line-opacity': 0.6, 'line-dasharray': [1, 2] },
    },
    {
      id: PLAN_LAYER_IDS.line,
      type: 'line',
      source: PLAN_SOURCE_LINES,
      filter: ['all', ['==', ['get', 'kind'], 'leg'], ['!', ['get', 'estimated']]],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': RED, 'line-width': 4.5 },
    },
    {
      // Estimated legs (great circle × detour factor) are dashed: a straight line is not the road.
      id: PLAN_LAYER_IDS.estimated,
      type: 'line',
      source: PLAN_SOURCE_LINES,
      filter: ['all', ['==', ['get', 'kind'], 'leg'], ['get', 'estimated']],
      paint: { 'line-color': RED, 'line-width': 4, 'line-dasharray': [2, 1.2] },
    },
    {
      id: PLAN_LAYER_IDS.legLabels,
      type: 'symbol',
      source: PLAN_SOURCE_LINES,
      layout: {
        'symbol-placement': 'line-center',
        'text-field': ['get', 'label'],
        'text-font': font,
        'text-size': 12,
        'text-max-width': 14,
        'text-optional': true,
      },
      paint: { 'text-color': INK, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: PLAN_LAYER_IDS.start,
      type: 'circle',
      source: PLAN_SOURCE_POINTS,
      filter: ['==', ['get', 'kind'], 'start'],
      paint: { 'circle-radius': 8, 'circle-color': '#1b4f9c', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
    },
    {
      id: PLAN_LAYER_IDS.stops,
      type: 'circle',
      source: PLAN_SOURCE_POINTS,
      filter: ['==', ['get', 'kind'], 'stop'],
      paint: { 'circle-radius': 13, 'circle-color': STOP_FILL, 'circle-stroke-color': '#ffd7d0', 'circle-stroke-width': 3 },
    },
    {
      id: PLAN_LAYER_IDS.numbers,
      type: 'symbol',
      source: PLAN_SOURCE_POINTS,
      filter: ['==', ['get', 'kind'], 'stop'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': font,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: PLAN_LAYER_IDS.names,
      type: 'symbol',
      source: PLAN_SOURCE_POINTS,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': font,
        'text-size': 12,
        'text-anchor': 'left',
        'text-offset': [1.4, 0],
        'text-max-width': 12,
        'text-optional': true,
      },
      paint: { 'text-color': INK, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ];
}

const SPECS = layers();
const LINE_LAYERS = SPECS.filter((l) => 'source' in l && l.source === PLAN_SOURCE_LINES);
const POINT_LAYERS = SPECS.filter((l) => 'source' in l && l.source === PLAN_SOURCE_POINTS);

/** The plan (or a curated route) on the map: line, numbered stops, leg distances and times; fitted into view. */
export default function PlanLayers({ plan, date, showPlan, routeId, sites, byId, lang, onSelect }: Props) {
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

  if (data === null) return null;
  return (
    <>
      <Source id={PLAN_SOURCE_LINES} type="geojson" data={data.lines}>
        {LINE_LAYERS.map((l) => <Layer key={l.id} {...l} />)}
      </Source>
      <Source id={PLAN_SOURCE_POINTS} type="geojson" data={data.points}>
        {POINT_LAYERS.map((l) => <Layer key={l.id} {...l} />)}
      </Source>
    </>
  );
}
