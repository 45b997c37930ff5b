// The lines of the basemap: administrative boundaries, railways and roads.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { kind, src, width, widthBy } from './layer-kit.ts';
import type { Theme } from './theme.ts';

export function boundaries(theme: Theme): LayerSpecification[] {
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

export function transport(theme: Theme): LayerSpecification[] {
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
