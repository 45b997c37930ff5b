// The plan's map layers (lines, numbered stops, leg labels) as typed functions of the theme, like the basemap's
// and the sites' layers: the planner feature only feeds them data.
import type { LayerSpecification } from 'maplibre-gl';
import { SITE_FONT } from './site-font.ts';
import type { ThemeName } from './site-themes.ts';

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

/** The plan's colours per map theme: the kiosk's high-contrast basemap gets starker lines and halos too. */
export interface PlanLayerTheme {
  route: string;
  ink: string;
  halo: string;
  casingOpacity: number;
  start: string;
  /** Plan stops are dark with a red ring, so they never read as the red site clusters. */
  stopFill: string;
  stopRing: string;
  stopNumber: string;
  /** 1 by default; the kiosk's are larger, like its site symbols. */
  scale: number;
}

export const PLAN_THEMES: Readonly<Record<ThemeName, PlanLayerTheme>> = {
  default: {
    route: '#b3001b',
    ink: '#5c0a0a',
    halo: '#ffffff',
    casingOpacity: 0.9,
    start: '#1b4f9c',
    stopFill: '#1f1a17',
    stopRing: '#ffd7d0',
    stopNumber: '#ffffff',
    scale: 1,
  },
  kiosk: {
    route: '#9b0000',
    ink: '#000000',
    halo: '#ffffff',
    casingOpacity: 1,
    start: '#003a8c',
    stopFill: '#000000',
    stopRing: '#ffffff',
    stopNumber: '#ffffff',
    scale: 1.35,
  },
};

/** The plan's (or a curated route's) layers, bottom to top, as a function of the map theme. */
export function planLayers(t: PlanLayerTheme): LayerSpecification[] {
  const font = [SITE_FONT];
  const s = (n: number): number => n * t.scale;
  return [
    {
      id: PLAN_LAYER_IDS.casing,
      type: 'line',
      source: PLAN_SOURCE_LINES,
      filter: ['==', ['get', 'kind'], 'leg'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': t.halo, 'line-width': s(8), 'line-opacity': t.casingOpacity },
    },
    {
      id: PLAN_LAYER_IDS.back,
      type: 'line',
      source: PLAN_SOURCE_LINES,
      filter: ['==', ['get', 'kind'], 'return'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': t.ink, 'line-width': s(2.5), 'line-opacity': 0.6, 'line-dasharray': [1, 2] },
    },
    {
      id: PLAN_LAYER_IDS.line,
      type: 'line',
      source: PLAN_SOURCE_LINES,
      filter: ['all', ['==', ['get', 'kind'], 'leg'], ['!', ['get', 'estimated']]],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': t.route, 'line-width': s(4.5) },
    },
    {
      // Estimated legs (great circle × detour factor) are dashed: a straight line is not the road.
      id: PLAN_LAYER_IDS.estimated,
      type: 'line',
      source: PLAN_SOURCE_LINES,
      filter: ['all', ['==', ['get', 'kind'], 'leg'], ['get', 'estimated']],
      paint: { 'line-color': t.route, 'line-width': s(4), 'line-dasharray': [2, 1.2] },
    },
    {
      id: PLAN_LAYER_IDS.legLabels,
      type: 'symbol',
      source: PLAN_SOURCE_LINES,
      layout: {
        'symbol-placement': 'line-center',
        'text-field': ['get', 'label'],
        'text-font': font,
        'text-size': s(12),
        'text-max-width': 14,
        'text-optional': true,
      },
      paint: { 'text-color': t.ink, 'text-halo-color': t.halo, 'text-halo-width': 2 },
    },
    {
      id: PLAN_LAYER_IDS.start,
      type: 'circle',
      source: PLAN_SOURCE_POINTS,
      filter: ['==', ['get', 'kind'], 'start'],
      paint: { 'circle-radius': s(8), 'circle-color': t.start, 'circle-stroke-color': t.halo, 'circle-stroke-width': 3 },
    },
    {
      id: PLAN_LAYER_IDS.stops,
      type: 'circle',
      source: PLAN_SOURCE_POINTS,
      filter: ['==', ['get', 'kind'], 'stop'],
      paint: { 'circle-radius': s(13), 'circle-color': t.stopFill, 'circle-stroke-color': t.stopRing, 'circle-stroke-width': 3 },
    },
    {
      id: PLAN_LAYER_IDS.numbers,
      type: 'symbol',
      source: PLAN_SOURCE_POINTS,
      filter: ['==', ['get', 'kind'], 'stop'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': font,
        'text-size': s(13),
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': t.stopNumber },
    },
    {
      id: PLAN_LAYER_IDS.names,
      type: 'symbol',
      source: PLAN_SOURCE_POINTS,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': font,
        'text-size': s(12),
        'text-anchor': 'left',
        'text-offset': [1.4, 0],
        'text-max-width': 12,
        'text-optional': true,
      },
      paint: { 'text-color': t.ink, 'text-halo-color': t.halo, 'text-halo-width': 2 },
    },
  ];
}

