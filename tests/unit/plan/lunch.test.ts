import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../../../src/domain/plan/timetable.ts';
import { defaultLunchAfter, LUNCH_AROUND_MIN } from '../../../src/domain/plan/lunch.ts';
import { makePlan, makeSite } from './factories.ts';

// Four sites a few km apart on the plain north of the city, 60 minutes each, from 07:00.
const sites = [21.64, 21.68, 21.72, 21.76].map((lat, i) => makeSite({ id: `s${i}`, lon: 105.85, lat }));
const plan = (startTime: string) => makePlan({ startTime, stops: sites.map((s) => ({ site: s.id, minutes: 60 })) });
const departures = (startTime: string) =>
  buildTimetable(plan(startTime), sites, { date: '2026-03-20' }).rows.flatMap((r) => (r.kind === 'stop' ? [r.departMin] : []));

describe('defaultLunchAfter', () => {
  it('puts lunch after the stop whose visit ends nearest to 11:30, not after the second stop', () => {
    const t = buildTimetable(plan('07:00'), sites, { date: '2026-03-20' });
    const ends = departures('07:00');
    const nearest = ends.reduce((b, m, i) => (Math.abs(m - LUNCH_AROUND_MIN) < Math.abs((ends[b] ?? 0) - LUNCH_AROUND_MIN) ? i : b), 0);
    expect(defaultLunchAfter(t)).toBe(nearest);
    // From 07:00 with four 1-hour visits, the fourth ends after 11:00: it is not the second (about 09:10).
    expect(nearest).toBe(3);
    expect(ends[1]).toBeLessThan(10 * 60);
  });

  it('follows the start time: a later start has lunch earlier in the list', () => {
    expect(defaultLunchAfter(buildTimetable(plan('09:00'), sites, { date: '2026-03-20' }))).toBe(1);
    expect(defaultLunchAfter(buildTimetable(plan('11:00'), sites, { date: '2026-03-20' }))).toBe(0);
  });

  it('breaks a tie towards the earlier stop and gives null without stops', () => {
    const rows = [545, 635, 745].map((departMin, index) => ({ kind: 'stop' as const, index, departMin }));
    // 635 and 745 are both 55 minutes from 11:30 → the earlier one.
    expect(defaultLunchAfter({ rows } as never)).toBe(1);
    expect(defaultLunchAfter({ rows: [] })).toBeNull();
  });
});
