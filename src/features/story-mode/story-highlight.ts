import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ChapterPlace } from '../../domain/story-mode/chapter-view.ts';

export const STORY_HIGHLIGHT_SOURCE = 'story-highlight';
export const STORY_HIGHLIGHT_LAYERS = { ring: 'story-highlight-ring', label: 'story-highlight-label' } as const;

/**
 * Ring and name the places of the current chapter, above everything else on the map (its own source and two
 * layers, added on first use and removed when story mode ends). Names at one point share one label.
 */
export function showStoryPlaces(map: MapLibreMap, places: readonly ChapterPlace[], nameOf: (id: string) => string): void {
  const data: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.at[0], p.at[1]] },
      properties: { ids: p.ids.join(' '), name: p.ids.map(nameOf).join('\n') },
    })),
  };
  const source = map.getSource<GeoJSONSource>(STORY_HIGHLIGHT_SOURCE);
  if (source) {
    source.setData(data);
    return;
  }
  const font = map.getLayer('sites-points') ? map.getLayoutProperty('sites-points', 'text-font') : undefined;
  map.addSource(STORY_HIGHLIGHT_SOURCE, { type: 'geojson', data });
  map.addLayer({
    id: STORY_HIGHLIGHT_LAYERS.ring,
    type: 'circle',
    source: STORY_HIGHLIGHT_SOURCE,
    paint: { 'circle-radius': 22, 'circle-color': 'rgba(200, 16, 46, 0.12)', 'circle-stroke-width': 4, 'circle-stroke-color': '#c8102e' },
  });
  map.addLayer({
    id: STORY_HIGHLIGHT_LAYERS.label,
    type: 'symbol',
    source: STORY_HIGHLIGHT_SOURCE,
    layout: {
      'text-field': ['get', 'name'],
      ...(Array.isArray(font) ? { 'text-font': font as string[] } : {}),
      'text-size': 15,
      'text-anchor': 'bottom',
      'text-offset': [0, -1.9],
      'text-max-width': 14,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#8a1313', 'text-halo-color': '#fffdf8', 'text-halo-width': 2.2 },
  });
}

export function clearStoryPlaces(map: MapLibreMap): void {
  try {
    for (const id of Object.values(STORY_HIGHLIGHT_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(STORY_HIGHLIGHT_SOURCE)) map.removeSource(STORY_HIGHLIGHT_SOURCE);
  } catch {
    // The map is gone (or rebuilding its style): nothing left to clear.
  }
}
