import type { Lang } from '../schema/common.ts';
import type { Confidence } from '../schema/site.ts';
import type { Itinerary } from './itinerary.ts';

export interface StopFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { kind: 'stop'; order: number; site: string; name: string; minutes: number; confidence: Confidence };
}
export interface LegFeature {
  type: 'Feature';
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  properties: {
    kind: 'leg';
    from: string;
    to: string;
    drawn: boolean;
    /** With a plan's timetable legs: how the figure was found, and the figures (null when unknown). */
    basis?: string | null;
    km?: number | null;
    minutes?: number | null;
  };
}
export interface StartFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { kind: 'start'; name: string };
}
export interface ItineraryCollection {
  type: 'FeatureCollection';
  name: string;
  features: (StartFeature | StopFeature | LegFeature)[];
}

/**
 * GeoJSON FeatureCollection of a plan or route: the start, located stops in order (with confidence), and one
 * LineString per leg between located stops: the drawn path when the route has one (`drawn: true`), else a
 * straight segment (`drawn: false`, for display only). Unlocated stops are skipped.
 */
export function itineraryToGeoJson(it: Itinerary, lang: Lang): ItineraryCollection {
  const features: ItineraryCollection['features'] = [];
  if (it.start !== undefined) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [it.start.lon, it.start.lat] },
      properties: { kind: 'start', name: it.start.name[lang] },
    });
  }
  const located = it.stops.filter((s) => s.site.geometry !== null);
  for (const s of located) {
    const [lon, lat] = s.site.geometry?.coordinates ?? [0, 0];
    features.push({
      type: 'Feature',
      id: `${s.order}-${s.site.id}`,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        kind: 'stop',
        order: s.order,
        site: s.site.id,
        name: s.site.properties.name[lang],
        minutes: s.minutes,
        confidence: s.site.properties.location.confidence,
      },
    });
  }
  if (it.legs !== undefined) {
    for (const l of it.legs) {
      const km = l.km === null ? null : Math.round(l.km * 10) / 10;
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: l.coords },
        properties: { kind: 'leg', from: l.from, to: l.to, drawn: l.onRoad, basis: l.basis, km, minutes: l.minutes },
      });
    }
    return { type: 'FeatureCollection', name: it.name[lang], features };
  }
  let prev: { id: string; index: number; at: [number, number] } | undefined =
    it.start === undefined ? undefined : { id: 'start', index: -1, at: [it.start.lon, it.start.lat] };
  it.stops.forEach((s, i) => {
    if (s.site.geometry === null) return;
    const at: [number, number] = [s.site.geometry.coordinates[0], s.site.geometry.coordinates[1]];
    const drawnGeom = i > 0 && prev?.index === i - 1 ? it.legGeometries[i - 1] : undefined;
    if (prev !== undefined) {
      features.push({
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: drawnGeom === undefined ? [prev.at, at] : drawnGeom.coordinates.map(([x, y]) => [x, y] as [number, number]),
        },
        properties: { kind: 'leg', from: prev.id, to: s.site.id, drawn: drawnGeom !== undefined },
      });
    }
    prev = { id: s.site.id, index: i, at };
  });
  return { type: 'FeatureCollection', name: it.name[lang], features };
}
