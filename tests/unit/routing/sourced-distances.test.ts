// The road graph against every by-road figure in ../shared/facts/NOTES.md §2 and §4 (ranges as the notes give
// them; a single figure within ±15 %). Points are the ones NOTES.md names (anchors, the app points).
import { describe, expect, it } from 'vitest';
import { realGraph } from './real-graph.ts';

type P = [number, number];
const CITY: P = [105.85, 21.6]; // Thái Nguyên city 21.6, 105.85 (NOTES §2)
const DEN_DUOM: P = [105.706083, 21.754766]; // app point (NOTES §2)
const ATK: P = [105.508607, 21.788216]; // app point (NOTES §2)
const CHO_CHU: P = [105.6423, 21.907]; // TT Chợ Chu anchor (NOTES §2)
const TIN_KEO: P = [105.5086, 21.7882]; // Tỉn Keo uses the ATK point (sites.json)
const DIEM_MAC: P = [105.5343, 21.8328]; // Điềm Mặc midpoint anchor (NOTES §2)

const within = (figure: number, share = 0.15): [number, number] => [figure * (1 - share), figure * (1 + share)];

function roadKm(a: P, b: P): number {
  const r = realGraph().router.route(a, b, 'coach');
  if (r === null) throw new Error('no road route');
  return r.km;
}

describe('road distances from the real graph match NOTES.md', () => {
  it('city → Đền Đuổm is about 25 km (on QL3)', () => {
    const km = roadKm(CITY, DEN_DUOM);
    const [lo, hi] = within(25);
    expect(km).toBeGreaterThanOrEqual(lo);
    expect(km).toBeLessThanOrEqual(hi);
  });

  it('city → ATK point is 50–65 km', () => {
    const km = roadKm(CITY, ATK);
    expect(km).toBeGreaterThanOrEqual(50);
    expect(km).toBeLessThanOrEqual(65);
  });

  it('Chợ Chu → Tỉn Keo is 23 km', () => {
    const [lo, hi] = within(23);
    const km = roadKm(CHO_CHU, TIN_KEO);
    expect(km).toBeGreaterThanOrEqual(lo);
    expect(km).toBeLessThanOrEqual(hi);
  });

  it('Chợ Chu → city is about 50 km', () => {
    const [lo, hi] = within(50);
    const km = roadKm(CHO_CHU, CITY);
    expect(km).toBeGreaterThanOrEqual(lo);
    expect(km).toBeLessThanOrEqual(hi);
  });

  it('city → Điềm Mặc follows the QL3 km-31 / Quán Vuông directions: about 31 + 19 + 10 km, the first stretch on QL3', () => {
    const r = realGraph().router.route(CITY, DIEM_MAC, 'coach');
    expect(r).not.toBeNull();
    const [lo, hi] = within(31 + 19 + 10);
    expect(r!.km).toBeGreaterThanOrEqual(lo);
    expect(r!.km).toBeLessThanOrEqual(hi);
    // QL3 north to km 31: at least 25 km of the route are on the national road (from the city point, not the
    // roundabout, so a few km less than 31 are allowed).
    expect(r!.kindM.national ?? 0).toBeGreaterThanOrEqual(25_000);
    // … and the route leaves the city northwards (QL3), not west over Đại Từ: its point 25 km along lies near
    // Đền Đuổm, which NOTES.md puts on QL3 about 25 km from the city.
    const nearDuom = r!.coords.some(([lon, lat]) => Math.hypot((lon - DEN_DUOM[0]) * 103, (lat - DEN_DUOM[1]) * 111) < 2);
    expect(nearDuom).toBe(true);
  });

  it('coach minutes exceed car minutes on the mountain leg to the ATK', () => {
    const { router } = realGraph();
    const coach = router.route(CHO_CHU, ATK, 'coach');
    const car = router.route(CHO_CHU, ATK, 'car');
    expect(coach!.minutes).toBeGreaterThan(car!.minutes);
  });
});

describe('the real graph', () => {
  it('has one component holding almost all the road km, and the named anchors within 2 km of a road', () => {
    const { router, graph } = realGraph();
    expect(graph.header.nodeCount).toBeGreaterThan(1000);
    for (const p of [CITY, DEN_DUOM, ATK, CHO_CHU, DIEM_MAC]) expect(router.snap(p[0], p[1])!.distanceM).toBeLessThan(2000);
  });
});
