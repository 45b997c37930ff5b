import { describe, expect, it } from 'vitest';
import { timetableOf } from '../../../src/features/planner/use-plan-view.ts';
import { makePlan, makeSite } from './factories.ts';

describe('the one timetable the planner and the map layers share', () => {
  const sites = [makeSite({ id: 'a', lon: 105.6, lat: 21.8 }), makeSite({ id: 'b', lon: 105.7, lat: 21.7 })];
  const plan = makePlan({ stops: [{ site: 'a', minutes: 30 }, { site: 'b', minutes: 30 }] });

  it('is built once for one plan, site list and date: both views get the same object', () => {
    const first = timetableOf(plan, sites, '2026-12-02');
    expect(timetableOf(plan, sites, '2026-12-02')).toBe(first);
    expect(first.rows.filter((r) => r.kind === 'stop')).toHaveLength(2);
  });

  it('is rebuilt when the date, the sites or the plan change', () => {
    const first = timetableOf(plan, sites, '2026-12-02');
    expect(timetableOf(plan, sites, '2026-06-21')).not.toBe(first);
    expect(timetableOf(plan, [...sites], '2026-06-21')).not.toBe(first);
    const moved = { ...plan, stops: [...plan.stops].reverse() };
    expect(timetableOf(moved, sites, '2026-12-02').rows[0]).toMatchObject({ kind: 'stop', stop: { site: 'b' } });
  });
});
