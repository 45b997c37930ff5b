import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/schema/common.ts';
import type { MapSiteCollection } from '../domain/map-features.ts';

export const SITES_SOURCE = 'sites';
/** The selected site alone, unclustered, so it stands out even where its neighbours are clustered. */
export const SELECTED_SOURCE = 'sites-selected';
export const SITE_LAYER_IDS = {
  clusters: 'sites-clusters',
  clusterCount: 'sites-cluster-count',
  points: 'sites-points',
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

export function siteSource(data: MapSiteCollection): SourceSpecification {
  return {
    type: 'geojson',
    data: data as unknown as GeoJSON.FeatureCollection,
    cluster: true,
    clusterRadius: 28,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
    promoteId: 'id',
  };
}

/** The red-address layers drawn above any basemap. Typed, pure, and the same for embedded and hosted basemaps. */
export function siteLayers(theme: SiteLayerTheme, lang: Lang): LayerSpecification[] {
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
        'text-ignore-placement': true,
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
        'text-field': ['step', ['zoom'], '', 10, ['get', lang === 'vi' ? 'label_vi' : 'label_en']],
        'text-font': [theme.font],
        'text-size': 13 * s,
        'text-offset': [0, 1.3],
        'text-anchor': 'top',
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: {
        'text-color': theme.labelColor,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.6,
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
