import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../../../src/domain/plan/timetable.ts';
import { greatCircleKm } from '../../../src/domain/plan/distance.ts';
import { ANCHORS, makePlan, makeSite } from './factories.ts';

const city = ANCHORS.city;
// A site 4.4 km north of the city preset, on the plain: leg = straight × 1.25.
const near = makeSite({ id: 'near', lon: 105.85, lat: 21.64, district: 'Thái Nguyên' });
const nearKm = greatCircleKm([city.lon, city.lat], [105.85, 21.64]) * 1.25;
const nearMin = Math.ceil((nearKm / 45) * 60);

describe('buildTimetable', () => {
  it('chains drive, visit, lunch and the drive home with clock times', () => {
    const other = makeSite({ id: 'other', lon: 105.85, lat: 21.68, district: 'Thái Nguyên' });
    const plan = makePlan({
      startTime: '07:30',
      stops: [{ site: 'near', minutes: 40 }, { site: 'other', minutes: 30 }],
      lunch: { afterStop: 0, minutes: 60 },
    });
    const t = buildTimetable(plan, [near, other], { date: '2026-03-20' });
    expect(t.rows.map((r) => r.kind)).toEqual(['stop', 'lunch', 'stop', 'return']);
    const first = t.rows[0];
    if (first?.kind !== 'stop') throw new Error('expected a stop');
    expect(first.legKm).toBeCloseTo(nearKm, 9);
    expect(first.legMinutes).toBe(nearMin);
    expect(first.estimated).toBe(true);
    expect(first.arriveMin).toBe(450 + nearMin);
    expect(first.departMin).toBe(450 + nearMin + 40);
    const lunch = t.rows[1];
    expect(lunch).toMatchObject({ kind: 'lunch', startMin: 450 + nearMin + 40, endMin: 450 + nearMin + 100 });
    const second = t.rows[2];
    if (second?.kind !== 'stop') throw new Error('expected a stop');
    expect(second.arriveMin).toBe(450 + nearMin + 100 + (second.legMinutes ?? 0));
    const back = t.rows[3];
    if (back?.kind !== 'return') throw new Error('expected return');
    expect(back.arriveMin).toBe(second.departMin + (back.legMinutes ?? 0));
    expect(t.totals).toMatchObject({ visitMinutes: 70, lunchMinutes: 60, start: '07:30', endMin: back.arriveMin });
    expect(t.totals.dayMinutes).toBe(back.arriveMin - 450);
    expect(t.totals.travelMinutes).toBe(nearMin + (second.legMinutes ?? 0) + (back.legMinutes ?? 0));
    expect(t.sunset).toBe('18:08');
    expect(t.warnings).toEqual([]);
  });

  it('counts legs of unknown length, so the totals can say they are lower bounds', () => {
    const twin = makeSite({ id: 'twin', lon: 105.85, lat: 21.64 }); // on the same point as `near`
    const nowhere = makeSite({ id: 'nowhere', confidence: 'none' });
    const t = buildTimetable(makePlan({ stops: [{ site: 'near', minutes: 30 }, { site: 'twin', minutes: 30 }, { site: 'nowhere', minutes: 30 }] }), [near, twin, nowhere], { date: '2026-03-20' });
    expect(t.totals).toMatchObject({ legs: 4, unknownLegs: 2 });
    expect(buildTimetable(makePlan({ stops: [{ site: 'near', minutes: 30 }] }), [near], { date: '2026-03-20' }).totals).toMatchObject({ legs: 2, unknownLegs: 0 });
  });

  it('formats clock times as HH:MM', () => {
    const t = buildTimetable(makePlan({ startTime: '08:05', stops: [{ site: 'near', minutes: 30 }] }), [near], { date: '2026-03-20', returnToStart: false });
    const row = t.rows[0];
    if (row?.kind !== 'stop') throw new Error('expected a stop');
    expect(row.arrive).toBe(`08:${String(5 + nearMin).padStart(2, '0')}`);
    expect(t.rows).toHaveLength(1);
  });

  it('warns when the day ends after sunset, which depends on the date', () => {
    // Ends at ~17:40 + drive: after sunset in December (17:19), before it in June (18:41).
    const plan = makePlan({ startTime: '16:30', stops: [{ site: 'near', minutes: 60 }] });
    const dec = buildTimetable(plan, [near], { date: '2026-12-21' });
    expect(dec.warnings).toContainEqual({ code: 'ends-after-sunset', params: { end: dec.totals.end, sunset: '17:19' } });
    const jun = buildTimetable(plan, [near], { date: '2026-06-21' });
    expect(jun.warnings.map((w) => w.code)).not.toContain('ends-after-sunset');
  });

  it('warns over 10 hours', () => {
    const plan = makePlan({ startTime: '06:00', stops: [{ site: 'near', minutes: 600 }] });
    const t = buildTimetable(plan, [near], { date: '2026-06-21' });
    expect(t.warnings).toContainEqual({ code: 'over-10-hours', params: { minutes: t.totals.dayMinutes, limit: 600 } });
    const short = buildTimetable(makePlan({ stops: [{ site: 'near', minutes: 60 }] }), [near], { date: '2026-06-21' });
    expect(short.warnings.map((w) => w.code)).not.toContain('over-10-hours');
  });

  it('flags approximate positions, unlocated and unknown stops; measures past an unlocated stop from the last point', () => {
    const approx = makeSite({ id: 'approx', confidence: 'approximate', lon: 105.85, lat: 21.64 });
    const centroid = makeSite({ id: 'centroid', confidence: 'commune-centroid', lon: 105.85, lat: 21.68 });
    const lost = makeSite({ id: 'lost', confidence: 'none' });
    const plan = makePlan({
      stops: [
        { site: 'approx', minutes: 10 },
        { site: 'lost', minutes: 20 },
        { site: 'ghost', minutes: 5 },
        { site: 'centroid', minutes: 10 },
      ],
    });
    const t = buildTimetable(plan, [approx, centroid, lost], { date: '2026-06-21' });
    expect(t.warnings).toEqual([
      { code: 'approximate-position', params: { index: 0, site: 'approx', confidence: 'approximate' } },
      { code: 'unlocated-stop', params: { index: 1, site: 'lost' } },
      { code: 'unknown-site', params: { index: 2, site: 'ghost' } },
      { code: 'approximate-position', params: { index: 3, site: 'centroid', confidence: 'commune-centroid' } },
    ]);
    const rows = t.rows.filter((r) => r.kind === 'stop');
    expect(rows.map((r) => r.legKm === null)).toEqual([false, true, true, false]);
    const last = rows[3];
    // measured from "approx" (21.64), not from the start: 0.04° of latitude ≈ 4.45 km straight
    expect((last?.legKm ?? 0) / 1.25).toBeCloseTo(greatCircleKm([105.85, 21.64], [105.85, 21.68]), 6);
    expect(t.totals.visitMinutes).toBe(45);
  });

  it('reports an invalid date instead of guessing a sunset', () => {
    const t = buildTimetable(makePlan({ stops: [{ site: 'near', minutes: 30 }] }), [near], { date: '2026-02-30' });
    expect(t.sunset).toBeNull();
    expect(t.warnings).toEqual([{ code: 'invalid-date', params: { date: '2026-02-30' } }]);
  });

  it('uses car speeds when asked and mountain speeds in Định Hóa', () => {
    const atk = makeSite({ id: 'atk', ...ANCHORS.atk, district: 'Định Hóa' });
    const plan = makePlan({ stops: [{ site: 'atk', minutes: 60 }] });
    const coach = buildTimetable(plan, [atk], { date: '2026-06-21' });
    const car = buildTimetable(plan, [atk], { date: '2026-06-21', mode: 'car' });
    const row = coach.rows[0];
    if (row?.kind !== 'stop') throw new Error('expected a stop');
    expect(row.legMinutes).toBe(Math.ceil(((row.legKm ?? 0) / 35) * 60));
    expect(car.totals.travelMinutes).toBeLessThan(coach.totals.travelMinutes);
  });

  it('returns an empty day for an empty plan', () => {
    const t = buildTimetable(makePlan(), [], { date: '2026-06-21' });
    expect(t.rows).toEqual([]);
    expect(t.totals.dayMinutes).toBe(0);
    expect(t.warnings).toEqual([]);
  });
});

describe('buildTimetable with shared placeholder points', () => {
  it('reports unknown-distance instead of a 0 km leg, including the drive home', () => {
    const a = makeSite({ id: 'a', lon: 105.85, lat: 21.6, confidence: 'source' });
    const b = makeSite({ id: 'b', lon: 105.85, lat: 21.64, confidence: 'source' });
    const c = makeSite({ id: 'c', lon: 105.85, lat: 21.64, confidence: 'source' });
    const plan = makePlan({ stops: [{ site: 'b', minutes: 10 }, { site: 'c', minutes: 10 }, { site: 'a', minutes: 10 }] });
    const t = buildTimetable(plan, [a, b, c], { date: '2026-06-21' });
    expect(t.warnings).toEqual([
      { code: 'unknown-distance', params: { index: 1, site: 'c' } },
      { code: 'unknown-distance', params: { index: 3, site: 'start' } },
    ]);
    expect(t.rows.map((r) => (r.kind === 'lunch' ? 'lunch' : r.legKm === null))).toEqual([false, true, false, true]);
  });
});
