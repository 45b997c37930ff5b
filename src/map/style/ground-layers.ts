// The ground of the basemap: background, land use, buildings, hillshade, water and contour lines.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { HILLSHADE_SOURCE, kind, src, width } from './layer-kit.ts';
import type { Theme } from './theme.ts';

export function fills(theme: Theme): LayerSpecification[] {
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

export function water(theme: Theme): LayerSpecification[] {
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

export function relief(theme: Theme): LayerSpecification[] {
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
