// The plan's map layers (lines, numbered stops, leg labels) as typed functions of the theme, like the basemap's
// and the sites' layers: the planner feature only feeds them data.
import type { LayerSpecification } from 'maplibre-gl';
import { SITE_FONT } from './site-font.ts';
import type { ThemeName } from './site-themes.ts';

export const PLAN_SOURCE_LINES = 'plan-lines';
export const PLAN_SOURCE_POINTS = 'plan-points';
/** One point per leg, halfway along it (its `run` says which way the line goes there). */
export const PLAN_SOURCE_LEG_LABELS = 'plan-leg-labels';
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

/**
 * Beside the line, never on it: for each way a leg runs at its midpoint, the two sides it leaves free, as
 * MapLibre anchors with their offsets in ems (the anchor is the corner of the text that touches the point).
 */
const SIDES: Record<'h' | 'v' | 'ne' | 'nw', (string | [number, number])[]> = {
  h: ['bottom', [0, -0.6], 'top', [0, 0.6]],
  v: ['left', [0.8, 0], 'right', [-0.8, 0]],
  ne: ['bottom-right', [-0.4, -0.4], 'top-left', [0.4, 0.4]],
  nw: ['bottom-left', [0.4, -0.4], 'top-right', [-0.4, 0.4]],
};

/**
 * The legs' labels ("23 km · 35 phút"), level and beside the midpoint of their line. They have the lowest priority
 * of the map's names: PlanLayers slips this layer under the basemap's place names, so a label that would cover a
 * site's or a place's name is the one left out.
 */
export function legLabelLayer(t: PlanLayerTheme): LayerSpecification {
  return {
    id: PLAN_LAYER_IDS.legLabels,
    type: 'symbol',
    source: PLAN_SOURCE_LEG_LABELS,
    // Only once the leg is long enough on screen to hold its label beside it (`minzoom` of each leg).
    filter: ['>=', ['zoom'], ['get', 'minzoom']],
    layout: {
      'symbol-placement': 'point',
      'text-field': ['get', 'label'],
      'text-font': [SITE_FONT],
      'text-size': 12 * t.scale,
      'text-max-width': 14,
      'text-rotation-alignment': 'viewport',
      'text-variable-anchor-offset': ['match', ['get', 'run'], 'v', ['literal', SIDES.v], 'ne', ['literal', SIDES.ne], 'nw', ['literal', SIDES.nw], ['literal', SIDES.h]],
      'text-padding': 4,
    },
    paint: { 'text-color': t.ink, 'text-halo-color': t.halo, 'text-halo-width': 2 },
  } as LayerSpecification;
}

/** The plan's (or a curated route's) lines and stops, bottom to top, as a function of the map theme. */
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
        // Right of the circle, or else on whichever side is free (stops of one valley crowd each other).
        'text-variable-anchor-offset': ['left', [1.4, 0], 'right', [-1.4, 0], 'top', [0, 1.3], 'bottom', [0, -1.3]],
        'text-max-width': 12,
        'text-optional': true,
      },
      paint: { 'text-color': t.ink, 'text-halo-color': t.halo, 'text-halo-width': 2 },
    },
  ];
}

