// Commune and ward names from the anchor points of the research notes, as an inline GeoJSON source of the style.
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COMMUNE_ANCHORS, communeLabel } from '../../domain/basemap/commune-anchors.ts';
import type { Lang } from '../../domain/schema/common.ts';
import { FONT_REGULAR } from './font-faces.ts';
import { COMMUNES_SOURCE, halo, size } from './layer-kit.ts';
import type { Theme } from './theme.ts';

export function communeSource(): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: {
      type: 'FeatureCollection',
      features: COMMUNE_ANCHORS.map((a) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
        properties: { name: a.name, label_vi: communeLabel(a, 'vi'), label_en: communeLabel(a, 'en'), kind: a.kind },
      })),
    },
  };
}

/**
 * Names of communes and wards from zoom 11 (wards from 12, in the crowded city). A site often sits on its commune's
 * point (sites borrow it), so the name steps aside of the site symbol rather than drop out. A name that names no unit
 * since the 2025 merger says so: "Điềm Mặc (cũ)".
 */
export function communeLabels(theme: Theme, lang: Lang): LayerSpecification {
  // "Điềm Mặc (cũ)" where the name names no unit since the 2025 merger (commune-anchors.ts).
  const label: ExpressionSpecification = ['get', lang === 'vi' ? 'label_vi' : 'label_en'];
  return {
    id: 'place-commune',
    type: 'symbol',
    source: COMMUNES_SOURCE,
    minzoom: 11,
    layout: {
      'text-field': ['step', ['zoom'], ['case', ['==', ['get', 'kind'], 'ward'], '', label], 12, label],
      'text-font': [FONT_REGULAR],
      'text-size': size(theme, [[11, 11], [14, 14]]),
      'text-letter-spacing': 0.04,
      // "Thanh Định (cũ)" on one line.
      'text-max-width': 10,
      'text-variable-anchor': ['center', 'bottom', 'top', 'left', 'right'],
      // Clear of a cluster's count, whose padded box keeps every name off its circle (site-layers.ts): at 1.4 em a
      // commune on a cluster's point (Điềm Mặc, Phú Đình) found no side free and dropped out.
      'text-radial-offset': 1.9,
      'text-padding': 4,
    },
    paint: { 'text-color': theme.label.admin, ...halo(theme) },
  };
}
