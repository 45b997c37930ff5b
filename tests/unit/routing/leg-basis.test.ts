import { describe, expect, it } from 'vitest';
import { resolveLeg, roadDiffersFromSource, type RoadLeg } from '../../../src/domain/routing/leg-basis.ts';
import { roadSpeedKmh } from '../../../src/domain/routing/speeds.ts';
import type { Endpoint } from '../../../src/domain/plan/endpoint.ts';

const city: Endpoint = { position: [105.85, 21.6], district: 'Thái Nguyên' };
const duom: Endpoint = { position: [105.706083, 21.754766], district: 'Phú Lương' };
const road: RoadLeg = { km: 27.1, minutes: 33.4, coords: [[105.85, 21.6], [105.8, 21.7], [105.706083, 21.754766]], offRoadEstimate: false };
const source = { title: 't', url: 'https://example.org' };

describe('resolveLeg: sourced > drawn > road > estimate', () => {
  it('a sourced distance wins; the road figure is shown beside it only when they differ by more than 20 %', () => {
    const near = resolveLeg(city, duom, { mode: 'coach', distanceKm: 25 }, road);
    expect(near).toMatchObject({ basis: 'source', km: 25, estimated: false });
    expect(near!.roadKm).toBeUndefined();
    expect(near!.coords).toBe(road.coords);
    const far = resolveLeg(city, duom, { mode: 'coach', distanceKm: 20 }, road);
    expect(far!.roadKm).toBe(27.1);
    expect(roadDiffersFromSource(25, 30.1)).toBe(true);
    expect(roadDiffersFromSource(25, 29.9)).toBe(false);
    void source;
  });

  it('a drawn curated geometry beats the road', () => {
    const geometry = { type: 'LineString' as const, coordinates: [[105.85, 21.6], [105.706083, 21.754766]] as [number, number][] };
    expect(resolveLeg(city, duom, { mode: 'coach', geometry }, road)!.basis).toBe('geometry');
  });

  it('a road route gives road km and whole minutes', () => {
    expect(resolveLeg(city, duom, { mode: 'coach' }, road)).toMatchObject({ basis: 'road', km: 27.1, minutes: 34, estimated: false, offRoadEstimate: false });
  });

  it('without a road route (no graph, no path, worker failed) the leg is an estimate', () => {
    const r = resolveLeg(city, duom, { mode: 'coach' }, null);
    expect(r).toMatchObject({ basis: 'estimate', estimated: true });
    expect(r!.coords).toBeUndefined();
  });

  it('walking legs never take the road route (trails are not in the road data)', () => {
    expect(resolveLeg(city, duom, { mode: 'walking' }, road)!.basis).toBe('estimate');
  });

  it('two sites on one placeholder point stay unknown, even with a road route', () => {
    expect(resolveLeg(duom, duom, { mode: 'coach' }, { ...road, km: 0.3 })).toBeNull();
  });
});

describe('road speeds', () => {
  it('a coach is slower than a car on mountain roads, and both slower there than on the plain', () => {
    for (const kind of ['national', 'road', 'tertiary'] as const) {
      expect(roadSpeedKmh(kind, 'mountain', 'coach')).toBeLessThan(roadSpeedKmh(kind, 'mountain', 'car'));
      expect(roadSpeedKmh(kind, 'mountain', 'coach')).toBeLessThan(roadSpeedKmh(kind, 'plain', 'coach'));
    }
  });
});
