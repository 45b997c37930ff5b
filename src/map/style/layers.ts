// The basemap's style layers as typed functions of a theme and a language (the layer schema is in docs/basemap.md).
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { FONT_REGULAR, FONT_SEMIBOLD } from './font-faces.ts';
import type { Lang } from '../../domain/schema/common.ts';
import type { Theme } from './theme.ts';

export const BASEMAP_SOURCE = 'basemap';
export const HILLSHADE_SOURCE = 'hillshade';

const src = { source: BASEMAP_SOURCE } as const;

/** Zoom-interpolated width, scaled by the theme. */
function width(theme: Theme, stops: readonly [number, number][]): ExpressionSpecification {
  return ['interpolate', ['exponential', 1.5], ['zoom'], ...stops.flatMap(([z, w]) => [z, w * theme.scale])];
}

/** Like width, times `factor` for features matching `when`. */
function widthBy(theme: Theme, stops: readonly [number, number][], when: ExpressionSpecification, factor: number): ExpressionSpecification {
  const out: ExpressionSpecification = ['interpolate', ['exponential', 1.5], ['zoom']];
  for (const [z, w] of stops) out.push(z, ['case', when, factor * w * theme.scale, w * theme.scale]);
  return out;
}

function size(theme: Theme, stops: readonly [number, number][]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, s]) => [z, Math.round(s * theme.scale * 10) / 10])];
}

/**
 * Label text. Places only have local (Vietnamese) names in the data, and a map shows local names in every
 * language; only country names have an English form.
 */
const localName: ExpressionSpecification = ['get', 'name'];

function countryName(lang: Lang): DataDrivenPropertyValueSpecification<string> {
  return lang === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'];
}

const kind = (...kinds: string[]): ExpressionSpecification => ['match', ['get', 'kind'], kinds, true, false];

function fills(theme: Theme): LayerSpecification[] {
  const lu = theme.landuse;
  return [
    { id: 'background', type: 'background', paint: { 'background-color': theme.land } },
    {
      id: 'countries-foreign',
      type: 'fill',
      ...src,
      'source-layer': 'countries',
      filter: ['!=', ['get', 'name_en'], 'Vietnam'],
      paint: { 'fill-color': theme.foreignLand },
    },
    {
      id: 'landuse',
      type: 'fill',
      ...src,
      'source-layer': 'landuse',
      paint: {
        'fill-color': [
          'match',
          ['get', 'kind'],
          ['forest', 'nature_reserve', 'wood'],
          lu.forest,
          ['farm', 'farmland', 'farmyard', 'orchard', 'meadow', 'grass'],
          lu.farm,
          ['residential', 'retail', 'commercial'],
          lu.residential,
          ['industrial', 'quarry', 'military'],
          lu.industrial,
          ['park', 'cemetery', 'recreation_ground'],
          lu.park,
          lu.other,
        ],
        'fill-opacity': ['interpolate', ['linear'], ['zoom'], 10, 0.4, 13, 0.85],
      },
    },
    {
      id: 'buildings',
      type: 'fill',
      ...src,
      'source-layer': 'buildings',
      minzoom: 14,
      paint: { 'fill-color': theme.landuse.industrial, 'fill-outline-color': theme.boundary.district },
    },
  ];
}

export function hillshadeLayer(theme: Theme): LayerSpecification {
  return {
    id: 'hillshade',
    type: 'hillshade',
    source: HILLSHADE_SOURCE,
    paint: {
      'hillshade-shadow-color': theme.hillshade.shadow,
      'hillshade-highlight-color': theme.hillshade.highlight,
      'hillshade-accent-color': theme.hillshade.accent,
      // Softer when zoomed out, where the relief patch (105.3–106°E, 21.3–22°N, faded at its edges) would stand out.
      'hillshade-exaggeration': ['interpolate', ['linear'], ['zoom'], 8, theme.hillshade.exaggeration * 0.5, 11, theme.hillshade.exaggeration],
      'hillshade-illumination-anchor': 'viewport',
    },
  };
}

function water(theme: Theme): LayerSpecification[] {
  return [
    { id: 'water', type: 'fill', ...src, 'source-layer': 'water', paint: { 'fill-color': theme.water } },
    {
      id: 'waterways-river',
      type: 'line',
      ...src,
      'source-layer': 'waterways',
      filter: kind('river', 'canal'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.waterLine, 'line-width': width(theme, [[7, 0.6], [10, 1.4], [14, 3.5]]) },
    },
    {
      id: 'waterways-stream',
      type: 'line',
      ...src,
      'source-layer': 'waterways',
      filter: kind('stream', 'ditch', 'drain'),
      minzoom: 10,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': theme.waterLine,
        'line-width': width(theme, [[10, 0.6], [14, 1.4]]),
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 13, 0.95],
      },
    },
  ];
}

function relief(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'contours',
      type: 'line',
      ...src,
      'source-layer': 'contours',
      minzoom: 12,
      paint: {
        'line-color': theme.contour,
        'line-width': ['case', ['==', ['get', 'major'], 1], 0.9 * theme.scale, 0.45 * theme.scale],
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 12, 0.45, 14, 0.7],
      },
    },
  ];
}

function boundaries(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'boundary-district',
      type: 'line',
      ...src,
      'source-layer': 'admin',
      filter: kind('district'),
      minzoom: 9,
      paint: {
        'line-color': theme.boundary.district,
        'line-width': width(theme, [[9, 0.6], [14, 1.4]]),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'boundary-province',
      type: 'line',
      ...src,
      'source-layer': 'admin',
      filter: kind('province'),
      paint: {
        'line-color': theme.boundary.province,
        // The province of the map is drawn a little stronger than its neighbours.
        'line-width': widthBy(theme, [[5, 0.5], [10, 1.2], [14, 2.2]], ['==', ['get', 'home'], 1], 1.6),
        'line-dasharray': [4, 2, 1, 2],
      },
    },
    {
      id: 'boundary-country',
      type: 'line',
      ...src,
      'source-layer': 'countries',
      paint: { 'line-color': theme.boundary.country, 'line-width': width(theme, [[4, 0.8], [9, 2]]) },
    },
  ];
}

function transport(theme: Theme): LayerSpecification[] {
  const r = theme.road;
  const line = { 'line-cap': 'round', 'line-join': 'round' } as const;
  return [
    {
      id: 'railway',
      type: 'line',
      ...src,
      'source-layer': 'railways',
      paint: { 'line-color': theme.rail, 'line-width': width(theme, [[8, 0.7], [14, 1.6]]), 'line-dasharray': [4, 3] },
    },
    {
      id: 'road-minor-casing',
      type: 'line',
      ...src,
      'source-layer': 'roads',
      filter: ['!', kind('national', 'trunk', 'motorway', 'primary')],
      minzoom: 12,
      layout: line,
      paint: { 'line-color': r.minorCasing, 'line-width': width(theme, [[12, 2], [14, 5]]) },
    },
    {
      id: 'road-minor',
      type: 'line',
      ...src,
      'source-layer': 'roads',
      filter: ['!', kind('national', 'trunk', 'motorway', 'primary')],
      layout: line,
      paint: {
        // Below zoom 12 a thin casing-coloured line, then a white road with its casing.
        'line-color': ['step', ['zoom'], r.minorCasing, 12, r.minor],
        'line-width': width(theme, [[10, 0.9], [12, 1.3], [14, 3.2]]),
      },
    },
    {
      id: 'road-national-casing',
      type: 'line',
      ...src,
      'source-layer': 'roads',
      filter: kind('national', 'trunk', 'motorway', 'primary'),
      layout: line,
      paint: { 'line-color': r.nationalCasing, 'line-width': width(theme, [[6, 1.2], [10, 3], [14, 8]]) },
    },
    {
      id: 'road-national',
      type: 'line',
      ...src,
      'source-layer': 'roads',
      filter: kind('national', 'trunk', 'motorway', 'primary'),
      layout: line,
      paint: { 'line-color': r.national, 'line-width': width(theme, [[6, 0.6], [10, 1.8], [14, 5.6]]) },
    },
  ];
}

function labels(theme: Theme, lang: Lang): LayerSpecification[] {
  const t = theme.label;
  const halo = { 'text-halo-color': t.halo, 'text-halo-width': 1.4 * theme.scale, 'text-halo-blur': 0.3 };
  return [
    {
      id: 'contour-label',
      type: 'symbol',
      ...src,
      'source-layer': 'contours',
      filter: ['==', ['get', 'major'], 1],
      minzoom: 12,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': ['concat', ['to-string', ['get', 'ele']], ' m'],
        'text-font': [FONT_REGULAR],
        'text-size': 10 * theme.scale,
      },
      paint: { 'text-color': theme.contour, ...halo },
    },
    {
      id: 'road-label',
      type: 'symbol',
      ...src,
      'source-layer': 'roads',
      filter: ['has', 'ref'],
      minzoom: 9,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 350,
        'text-field': ['get', 'ref'],
        'text-font': [FONT_SEMIBOLD],
        'text-size': size(theme, [[9, 10], [14, 13]]),
        'text-rotation-alignment': 'viewport',
        'text-keep-upright': true,
      },
      paint: { 'text-color': t.road, ...halo, 'text-halo-width': 2 * theme.scale },
    },
    {
      id: 'poi-worship',
      type: 'symbol',
      ...src,
      'source-layer': 'pois',
      filter: ['all', kind('worship', 'place_of_worship'), ['has', 'name']],
      minzoom: 13,
      layout: {
        'text-field': localName,
        'text-font': [FONT_REGULAR],
        'text-size': size(theme, [[13, 10], [16, 12]]),
        'text-max-width': 8,
        'text-optional': true,
      },
      paint: { 'text-color': t.poi, ...halo },
    },
    {
      id: 'poi-peak',
      type: 'symbol',
      ...src,
      'source-layer': 'pois',
      filter: kind('peak'),
      layout: {
        'text-field': [
          'case',
          ['all', ['has', 'name'], ['has', 'ele']],
          ['concat', ['get', 'name'], '\n', ['to-string', ['get', 'ele']], ' m'],
          ['has', 'ele'],
          ['concat', ['to-string', ['get', 'ele']], ' m'],
          ['coalesce', ['get', 'name'], ''],
        ],
        'text-font': [FONT_REGULAR],
        'text-size': size(theme, [[11, 10], [14, 12]]),
        'text-anchor': 'top',
        'text-offset': [0, 0.3],
        'text-max-width': 8,
      },
      paint: { 'text-color': t.poi, ...halo },
    },
    {
      id: 'poi-peak-dot',
      type: 'circle',
      ...src,
      'source-layer': 'pois',
      filter: kind('peak'),
      paint: { 'circle-radius': 2.2 * theme.scale, 'circle-color': t.poi },
    },
    {
      id: 'place-village',
      type: 'symbol',
      ...src,
      'source-layer': 'places',
      filter: kind('village', 'hamlet', 'suburb', 'neighbourhood'),
      layout: {
        'text-field': localName,
        'text-font': [FONT_REGULAR],
        'text-size': size(theme, [[11, 10.5], [14, 13]]),
        'text-max-width': 7,
        'text-padding': 4,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': t.text, ...halo },
    },
    {
      id: 'place-town',
      type: 'symbol',
      ...src,
      'source-layer': 'places',
      filter: kind('city', 'town', 'county'),
      layout: {
        'text-field': localName,
        'text-font': [FONT_SEMIBOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, ['match', ['get', 'kind'], 'city', 12, 10.5], 14, ['match', ['get', 'kind'], 'city', 18, 15]],
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': t.text, ...halo },
    },
    {
      id: 'admin-label-district',
      type: 'symbol',
      ...src,
      'source-layer': 'admin_labels',
      filter: kind('district'),
      maxzoom: 13,
      layout: {
        'text-field': localName,
        'text-font': [FONT_SEMIBOLD],
        'text-size': size(theme, [[9, 10.5], [12, 13]]),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 7,
        'text-padding': 8,
      },
      paint: { 'text-color': t.admin, ...halo, 'text-opacity': ['case', ['==', ['get', 'home'], 1], 1, 0.65] },
    },
    {
      id: 'admin-label-province',
      type: 'symbol',
      ...src,
      'source-layer': 'admin_labels',
      filter: kind('province'),
      layout: {
        'text-field': localName,
        'text-font': [FONT_SEMIBOLD],
        'text-size': size(theme, [[7, 11], [9, 14]]),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.15,
        'text-max-width': 8,
      },
      paint: { 'text-color': t.admin, ...halo },
    },
    {
      id: 'admin-label-country',
      type: 'symbol',
      ...src,
      'source-layer': 'admin_labels',
      filter: kind('country'),
      layout: {
        'text-field': countryName(lang),
        'text-font': [FONT_SEMIBOLD],
        'text-size': size(theme, [[4, 11], [7, 15]]),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.2,
      },
      paint: { 'text-color': t.admin, ...halo },
    },
  ];
}

/** Every basemap layer, bottom to top. Site layers go above all of them. */
export function layers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    ...fills(theme),
    hillshadeLayer(theme),
    ...water(theme),
    ...relief(theme),
    ...boundaries(theme),
    ...transport(theme),
    ...labels(theme, lang),
  ];
}
