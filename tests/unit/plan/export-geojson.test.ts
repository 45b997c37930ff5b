import { describe, expect, it } from 'vitest';
import { itineraryToGeoJson } from '../../../src/domain/plan/export-geojson.ts';
import { planItinerary, routeItinerary } from '../../../src/domain/plan/itinerary.ts';
import { makeLeg, makePlan, makeRoute, makeSite, makeStop } from './factories.ts';

const sites = [
  makeSite({ id: 'a', lon: 105.5, lat: 21.7, vi: 'Điểm A', en: 'Site A' }),
  makeSite({ id: 'lost', confidence: 'none' }),
  makeSite({ id: 'b', lon: 105.6, lat: 21.8, vi: 'Điểm B', en: 'Site B', confidence: 'approximate' }),
];

describe('itineraryToGeoJson', () => {
  it('has the start, the located stops in order and straight legs that skip unlocated stops', () => {
    const plan = makePlan({ stops: ['b', 'lost', 'a'].map((site) => ({ site, minutes: 20 })) });
    const fc = itineraryToGeoJson(planItinerary(plan, sites, { vi: 'Chuyến đi', en: 'Trip' }, { vi: 'Điểm xuất phát', en: 'Start' }), 'vi');
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.name).toBe('Chuyến đi');
    const kinds = fc.features.map((f) => f.properties.kind);
    expect(kinds).toEqual(['start', 'stop', 'stop', 'leg', 'leg']);
    const stops = fc.features.filter((f) => f.properties.kind === 'stop');
    expect(stops.map((f) => f.properties)).toEqual([
      { kind: 'stop', order: 1, site: 'b', name: 'Điểm B', minutes: 20, confidence: 'approximate' },
      { kind: 'stop', order: 3, site: 'a', name: 'Điểm A', minutes: 20, confidence: 'source' },
    ]);
    const legs = fc.features.filter((f) => f.properties.kind === 'leg');
    expect(legs.map((f) => f.properties)).toEqual([
      { kind: 'leg', from: 'start', to: 'b', drawn: false },
      { kind: 'leg', from: 'b', to: 'a', drawn: false },
    ]);
    expect(legs[1]?.geometry).toEqual({ type: 'LineString', coordinates: [[105.6, 21.8], [105.5, 21.7]] });
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });

  it('uses a route leg’s drawn geometry', () => {
    const geometry = { type: 'LineString' as const, coordinates: [[105.5, 21.7], [105.55, 21.76], [105.6, 21.8]] as [number, number][] };
    const fc = itineraryToGeoJson(routeItinerary(makeRoute([makeStop('a'), makeStop('b')], [makeLeg({ geometry })]), sites), 'en');
    const leg = fc.features.find((f) => f.properties.kind === 'leg');
    expect(leg?.properties).toEqual({ kind: 'leg', from: 'a', to: 'b', drawn: true });
    expect(leg?.geometry).toEqual(geometry);
  });
});
