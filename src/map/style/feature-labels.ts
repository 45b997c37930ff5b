// Labels of things on the ground: contour heights, road numbers, peaks and places of worship. They give way to
// every place name (place-labels.ts), which the style draws above them, so MapLibre places those first.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT_REGULAR, FONT_SEMIBOLD } from './font-faces.ts';
import { halo as haloOf, kind, localName, size, src } from './layer-kit.ts';
import type { Theme } from './theme.ts';

export function featureLabels(theme: Theme): LayerSpecification[] {
  const t = theme.label;
  const halo = haloOf(theme);
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
  ];
}
