import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { MapSiteCollection } from '../domain/map-features.ts';

export const SITES_SOURCE = 'sites';
/** The selected site alone, unclustered, so it stands out even where its neighbours are clustered. */
export const SELECTED_SOURCE = 'sites-selected';
export const SITE_LAYER_IDS = {
  clusters: 'sites-clusters',
  clusterCount: 'sites-cluster-count',
  clusterLabel: 'sites-cluster-label',
  points: 'sites-points',
  labels: 'sites-labels',
  selected: 'sites-selected',
  selectedIcon: 'sites-selected-icon',
} as const;
/** Layers a click or tap can hit. */
export const INTERACTIVE_SITE_LAYERS = [SITE_LAYER_IDS.points, SITE_LAYER_IDS.clusters];

export interface SiteLayerTheme {
  /** Font stack name registered in the style's font-faces. */
  font: string;
  labelColor: string;
  labelHalo: string;
  clusterFill: string;
  clusterText: string;
  clusterStroke: string;
  selectedRing: string;
  /** Multiplier for symbol and text sizes (the kiosk uses larger ones). */
  scale: number;
}

export const CLUSTER_MAX_ZOOM = 15;

function sameOrEmpty(key: string): [ExpressionSpecification, ExpressionSpecification] {
  return [['case', ['==', ['accumulated'], ['get', key]], ['accumulated'], ''], ['get', key]];
}

export function siteSource(data: MapSiteCollection): SourceSpecification {
  return {
    type: 'geojson',
    data: data as unknown as GeoJSON.FeatureCollection,
    cluster: true,
    clusterRadius: 28,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
    promoteId: 'id',
    // A cluster made of one stack only keeps the stack's label ("ATK Định Hóa +4"); any other cluster gets ''.
    // So does the commune its sites share.
    clusterProperties: {
      stack_vi: sameOrEmpty('stack_vi'),
      stack_en: sameOrEmpty('stack_en'),
      commune: sameOrEmpty('commune'),
    },
  };
}

/**
 * The red-address symbols drawn above any basemap (their labels are site-label-layers.ts). Typed, pure, and the
 * same for embedded and hosted basemaps. Site symbols always show and are placed before every name.
 */
export function siteLayers(theme: SiteLayerTheme): LayerSpecification[] {
  const s = theme.scale;
  return [
    {
      id: SITE_LAYER_IDS.clusters,
      type: 'circle',
      source: SITES_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': theme.clusterFill,
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 13 * s, 10, 19 * s, 30, 25 * s],
        'circle-stroke-width': 2.5,
        'circle-stroke-color': theme.clusterStroke,
      },
    },
    {
      id: SITE_LAYER_IDS.clusterCount,
      type: 'symbol',
      source: SITES_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': [theme.font],
        'text-size': 13 * s,
        'text-allow-overlap': true,
        // The count always shows, and its circle keeps other labels (places, legs) off it.
        'text-padding': 9 * s,
      },
      paint: { 'text-color': theme.clusterText },
    },
    {
      id: SITE_LAYER_IDS.points,
      type: 'symbol',
      source: SITES_SOURCE,
      filter: ['!', ['has', 'point_count']],
      layout: {
        'icon-image': ['concat', 'cat-', ['get', 'category']],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 7, 0.85 * s, 12, 1.1 * s],
        'icon-allow-overlap': true,
      },
    },
  ];
}

/** The ring and symbol of the selected site, from its own one-feature source (drawn above clusters). */
export function selectedLayers(theme: SiteLayerTheme): LayerSpecification[] {
  const s = theme.scale;
  return [
    {
      id: SITE_LAYER_IDS.selected,
      type: 'circle',
      source: SELECTED_SOURCE,
      paint: {
        'circle-radius': 17 * s,
        'circle-color': 'rgba(255,255,255,0.85)',
        'circle-stroke-width': 3.5,
        'circle-stroke-color': theme.selectedRing,
      },
    },
    {
      id: SITE_LAYER_IDS.selectedIcon,
      type: 'symbol',
      source: SELECTED_SOURCE,
      layout: {
        'icon-image': ['concat', 'cat-', ['get', 'category']],
        'icon-size': 1.2 * s,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
}
