// "You are here" (Gần tôi / Near me): the visitor's position and its accuracy circle, as typed functions of the
// theme like the plan's layers; the near-me feature only feeds them data.
import type { LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { ThemeName } from './site-themes.ts';

export const POSITION_SOURCE = 'you-are-here';
export const POSITION_LAYER_IDS = {
  accuracyFill: 'you-are-here-accuracy',
  accuracyLine: 'you-are-here-accuracy-line',
  halo: 'you-are-here-halo',
  dot: 'you-are-here-dot',
} as const;

export interface PositionLayerTheme {
  dot: string;
  halo: string;
  accuracy: string;
  accuracyOpacity: number;
  scale: number;
}

/** Blue, the usual "you are here", so it never reads as a red site; the kiosk's theme is starker and larger. */
export const POSITION_THEMES: Readonly<Record<ThemeName, PositionLayerTheme>> = {
  default: { dot: '#1a73e8', halo: '#ffffff', accuracy: '#1a73e8', accuracyOpacity: 0.15, scale: 1 },
  kiosk: { dot: '#003a8c', halo: '#ffffff', accuracy: '#003a8c', accuracyOpacity: 0.25, scale: 1.35 },
};

export function positionLayers(t: PositionLayerTheme): LayerSpecification[] {
  const s = (n: number): number => n * t.scale;
  return [
    {
      id: POSITION_LAYER_IDS.accuracyFill,
      type: 'fill',
      source: POSITION_SOURCE,
      filter: ['==', ['get', 'kind'], 'accuracy'],
      paint: { 'fill-color': t.accuracy, 'fill-opacity': t.accuracyOpacity },
    },
    {
      id: POSITION_LAYER_IDS.accuracyLine,
      type: 'line',
      source: POSITION_SOURCE,
      filter: ['==', ['get', 'kind'], 'accuracy'],
      paint: { 'line-color': t.accuracy, 'line-width': s(1.5), 'line-opacity': 0.6 },
    },
    {
      id: POSITION_LAYER_IDS.halo,
      type: 'circle',
      source: POSITION_SOURCE,
      filter: ['==', ['get', 'kind'], 'position'],
      paint: { 'circle-radius': s(10), 'circle-color': t.halo },
    },
    {
      id: POSITION_LAYER_IDS.dot,
      type: 'circle',
      source: POSITION_SOURCE,
      filter: ['==', ['get', 'kind'], 'position'],
      paint: { 'circle-radius': s(7), 'circle-color': t.dot },
    },
  ];
}

export interface Position {
  lon: number;
  lat: number;
  /** Radius in metres within which the true position lies with ~68 % confidence (GeolocationCoordinates.accuracy). */
  accuracy: number;
}

const EARTH_RADIUS_M = 6371008.8;

/** Pure: the position as a point plus its accuracy circle (a 64-sided geodesic polygon; none if accuracy is unknown). */
export function positionData(p: Position, steps = 64): FeatureCollection<Point | Polygon> {
  const point: Feature<Point> = { type: 'Feature', properties: { kind: 'position' }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } };
  if (!(Number.isFinite(p.accuracy) && p.accuracy > 0)) return { type: 'FeatureCollection', features: [point] };
  const r = Math.min(p.accuracy, 50000) / EARTH_RADIUS_M;
  const lat1 = (p.lat * Math.PI) / 180;
  const lon1 = (p.lon * Math.PI) / 180;
  const ring: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const bearing = ((i % steps) / steps) * 2 * Math.PI;
    const lat2 = Math.asin(Math.sin(lat1) * Math.cos(r) + Math.cos(lat1) * Math.sin(r) * Math.cos(bearing));
    const lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(r) * Math.cos(lat1), Math.cos(r) - Math.sin(lat1) * Math.sin(lat2));
    ring.push([(lon2 * 180) / Math.PI, (lat2 * 180) / Math.PI]);
  }
  const circle: Feature<Polygon> = { type: 'Feature', properties: { kind: 'accuracy' }, geometry: { type: 'Polygon', coordinates: [ring] } };
  return { type: 'FeatureCollection', features: [circle, point] };
}

/** Pure: bounds [[w, s], [e, n]] holding the position's circle and the given points (the nearest sites). */
export function positionBounds(data: FeatureCollection<Point | Polygon>, others: readonly (readonly [number, number])[]): [[number, number], [number, number]] {
  const pts: (readonly [number, number])[] = [...others];
  for (const f of data.features) {
    if (f.geometry.type === 'Point') pts.push(f.geometry.coordinates as [number, number]);
    else for (const c of f.geometry.coordinates[0] ?? []) pts.push(c as [number, number]);
  }
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of pts) {
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  }
  return [[w, s], [e, n]];
}
