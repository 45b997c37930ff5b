import type { Lang } from '../domain/schema/common.ts';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { SITE_LAYER_IDS, SITES_SOURCE, type SiteLayerTheme } from './site-layers.ts';

/**
 * From this zoom a site's name has its commune under it ("xã Phú Đình"): a phone's view there is under 2 × 3 km,
 * and the ATK valleys have no place point of their own (OSM 2018) that would name where one is.
 */
export const COMMUNE_LINE_ZOOM = 14;

/**
 * The name, and its commune (in the UI's language: the data is remade on a language change) smaller on a second
 * line; the name alone where the commune is unknown, '' stays ''.
 */
function withCommune(nameKey: string): ExpressionSpecification {
  const name: ExpressionSpecification = ['get', nameKey];
  const commune: ExpressionSpecification = ['get', 'commune'];
  return ['case', ['any', ['==', name, ''], ['==', ['coalesce', commune, ''], '']], name, ['format', name, {}, '\n', {}, commune, { 'font-scale': 0.82 }]];
}

/**
 * The names of the sites, and of a cluster that is one stack of sites ("ATK Định Hóa +4": five sites on one point
 * stay a cluster until the closest zoom). MapView adds them under the basemap's city name (CITY_LABEL_LAYER) when
 * the style has it, so the order of placement is: site symbols, the city's name, site names, then every other
 * place name. Among sites, shared points and higher ranks first (`labelRank`), each below its symbol or, where
 * that is taken, above or beside it. Names left out on purpose are '' in the data (stack-labels.ts).
 */
export function siteLabelLayers(theme: SiteLayerTheme, lang: Lang): LayerSpecification[] {
  const s = theme.scale;
  const stackKey = lang === 'vi' ? 'stack_vi' : 'stack_en';
  const labelKey = lang === 'vi' ? 'label_vi' : 'label_en';
  const text = { 'text-font': [theme.font], 'text-size': 13 * s, 'text-max-width': 10 };
  const paint = { 'text-color': theme.labelColor, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.6 };
  return [
    {
      id: SITE_LAYER_IDS.labels,
      type: 'symbol',
      source: SITES_SOURCE,
      filter: ['!', ['has', 'point_count']],
      layout: {
        ...text,
        'text-field': ['step', ['zoom'], '', 10, ['get', labelKey], COMMUNE_LINE_ZOOM, withCommune(labelKey)],
        'text-variable-anchor-offset': ['top', [0, 1.3], 'bottom', [0, -1.4], 'left', [1.5, 0], 'right', [-1.5, 0]],
        'symbol-sort-key': ['get', 'labelRank'],
      },
      paint,
    },
    {
      id: SITE_LAYER_IDS.clusterLabel,
      type: 'symbol',
      source: SITES_SOURCE,
      filter: ['all', ['has', 'point_count'], ['!=', ['get', stackKey], '']],
      layout: {
        ...text,
        'text-field': ['step', ['zoom'], '', 10, ['get', stackKey], COMMUNE_LINE_ZOOM, withCommune(stackKey)],
        'text-variable-anchor-offset': ['top', [0, 1.5], 'bottom', [0, -1.6], 'left', [1.7, 0], 'right', [-1.7, 0]],
      },
      paint,
    },
  ];
}
