import { describe, expect, it } from 'vitest';
import { DETOUR_FACTORS, greatCircleKm, legDistance } from '../../../src/domain/plan/distance.ts';
import { SPEEDS_KMH, travelMinutes } from '../../../src/domain/plan/duration.ts';
import { terrainOf } from '../../../src/domain/plan/terrain.ts';
import type { Endpoint } from '../../../src/domain/plan/endpoint.ts';
import { ANCHORS } from './factories.ts';

const at = (p: { lon: number; lat: number }, district?: string): Endpoint =>
  district === undefined ? { position: [p.lon, p.lat] } : { position: [p.lon, p.lat], district };

describe('greatCircleKm', () => {
  it('matches the straight-line checks of NOTES.md §2', () => {
    expect(greatCircleKm([ANCHORS.atk.lon, ANCHORS.atk.lat], [ANCHORS.city.lon, ANCHORS.city.lat])).toBeCloseTo(41, -0.5);
    expect(greatCircleKm([ANCHORS.choChu.lon, ANCHORS.choChu.lat], [ANCHORS.city.lon, ANCHORS.city.lat])).toBeCloseTo(40, -0.5);
    expect(greatCircleKm([ANCHORS.atk.lon, ANCHORS.atk.lat], [ANCHORS.choChu.lon, ANCHORS.choChu.lat])).toBeCloseTo(19, -0.5);
  });
});

describe('terrainOf', () => {
  it('is mountain when either end is in Định Hóa or Võ Nhai, or west of 105.70°E', () => {
    expect(terrainOf(at(ANCHORS.city, 'Thái Nguyên'), at(ANCHORS.atk, 'Định Hóa'))).toBe('mountain');
    expect(terrainOf(at(ANCHORS.city), at(ANCHORS.atk))).toBe('mountain');
    expect(terrainOf(at(ANCHORS.city), at({ lon: 106.1, lat: 21.78 }))).toBe('mountain');
    expect(terrainOf(at(ANCHORS.city), { position: null, district: 'Võ Nhai' })).toBe('mountain');
  });
  it('is plain for the city and QL3 up to Đền Đuổm', () => {
    expect(terrainOf(at(ANCHORS.city, 'Thái Nguyên'), at(ANCHORS.denDuom, 'Phú Lương'))).toBe('plain');
    expect(terrainOf(at(ANCHORS.giaSang915), at(ANCHORS.museumVhcdt))).toBe('plain');
  });
});

describe('legDistance', () => {
  it('prefers the sourced distance, even when positions exist', () => {
    expect(legDistance(at(ANCHORS.atk), at(ANCHORS.waterfall), { mode: 'walking', distanceKm: 1.2 })).toEqual({
      km: 1.2,
      estimated: false,
      basis: 'source',
    });
  });

  it('uses the LineString length next', () => {
    const d = legDistance({ position: null }, { position: null }, {
      mode: 'car',
      geometry: { type: 'LineString', coordinates: [[105.8, 21.6], [105.8, 21.7], [105.9, 21.7]] },
    });
    expect(d?.basis).toBe('geometry');
    expect(d?.estimated).toBe(false);
    // 0.1° of latitude ≈ 11.12 km; 0.1° of longitude at 21.7° ≈ 10.33 km
    expect(d?.km).toBeCloseTo(21.45, 0);
  });

  it('estimates great circle × the detour factor of mode and terrain', () => {
    const mountain = legDistance(at(ANCHORS.city), at(ANCHORS.atk), { mode: 'coach' });
    const straight = greatCircleKm([ANCHORS.city.lon, ANCHORS.city.lat], [ANCHORS.atk.lon, ANCHORS.atk.lat]);
    expect(mountain).toEqual({ km: straight * DETOUR_FACTORS.coach.mountain, estimated: true, basis: 'estimate' });
    // The estimate falls inside the 50–65 km the sources give by road.
    expect(mountain?.km).toBeGreaterThan(50);
    expect(mountain?.km).toBeLessThan(65);
    const plain = legDistance(at(ANCHORS.city, 'Thái Nguyên'), at(ANCHORS.denDuom, 'Phú Lương'), { mode: 'car' });
    const s2 = greatCircleKm([ANCHORS.city.lon, ANCHORS.city.lat], [ANCHORS.denDuom.lon, ANCHORS.denDuom.lat]);
    expect(plain?.km).toBeCloseTo(s2 * 1.25, 9);
    const walk = legDistance(at(ANCHORS.atk), at(ANCHORS.waterfall), { mode: 'walking' });
    expect(walk?.km).toBeCloseTo(greatCircleKm([ANCHORS.atk.lon, ANCHORS.atk.lat], [ANCHORS.waterfall.lon, ANCHORS.waterfall.lat]) * 1.3, 9);
  });

  it('is null when an end has no position and nothing is sourced or drawn', () => {
    expect(legDistance({ position: null }, at(ANCHORS.city), { mode: 'coach' })).toBeNull();
  });
});

describe('travelMinutes', () => {
  it('uses the documented speeds and rounds up', () => {
    expect(SPEEDS_KMH.coach).toEqual({ mountain: 35, plain: 45 });
    expect(SPEEDS_KMH.car).toEqual({ mountain: 40, plain: 55 });
    expect(travelMinutes(45, 'coach', 'plain')).toBe(60);
    expect(travelMinutes(35, 'coach', 'mountain')).toBe(60);
    expect(travelMinutes(40, 'car', 'mountain')).toBe(60);
    expect(travelMinutes(1.8, 'walking', 'mountain')).toBe(36);
    expect(travelMinutes(1.01, 'walking', 'plain')).toBe(21);
    expect(travelMinutes(0, 'coach', 'plain')).toBe(0);
  });
});

describe('legDistance on shared placeholder points', () => {
  it('is unknown (null), not 0 km, between two sites on one placeholder point, unless sourced', () => {
    const phuDinh = { position: [105.525, 21.80111] as const };
    expect(legDistance(phuDinh, phuDinh, { mode: 'walking' })).toBeNull();
    expect(legDistance(phuDinh, phuDinh, { mode: 'walking', distanceKm: 1.8 })).toMatchObject({ km: 1.8, basis: 'source' });
  });
});
