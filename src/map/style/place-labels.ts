// Place names: districts, villages, communes, towns, the province, the country and the city. Listed bottom to
// top, which is the reverse of their priority: MapLibre places the labels of the upper layers first, so a town or
// the city keeps its name where a district or village label would cover it.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../../domain/schema/common.ts';
import { communeLabels } from './commune-labels.ts';
import { FONT_REGULAR, FONT_SEMIBOLD } from './font-faces.ts';
import { CITY_LABEL_LAYER, countryName, halo as haloOf, kind, localName, PLACE_LABELS_BOTTOM, size, src } from './layer-kit.ts';
import type { Theme } from './theme.ts';

export { CITY_LABEL_LAYER, PLACE_LABELS_BOTTOM };

export function placeLabels(theme: Theme, lang: Lang): LayerSpecification[] {
  const t = theme.label;
  const halo = haloOf(theme);
  return [
    {
      id: PLACE_LABELS_BOTTOM,
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
    communeLabels(theme, lang),
    {
      id: 'place-town',
      type: 'symbol',
      ...src,
      'source-layer': 'places',
      filter: kind('town', 'county'),
      layout: {
        'text-field': localName,
        'text-font': [FONT_SEMIBOLD],
        'text-size': size(theme, [[7, 10.5], [14, 15]]),
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
        // A site drawn on the spot pushes the name aside, not out.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
      },
      paint: { 'text-color': t.text, ...halo },
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
    {
      // The top of the basemap: MapView slips the site names under it, so the city keeps its name among them.
      id: CITY_LABEL_LAYER,
      type: 'symbol',
      ...src,
      'source-layer': 'places',
      filter: kind('city'),
      layout: {
        'text-field': localName,
        'text-font': [FONT_SEMIBOLD],
        'text-size': size(theme, [[7, 12], [14, 18]]),
        'text-max-width': 7,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
      },
      paint: { 'text-color': t.text, ...halo },
    },
  ];
}
