import { describe, expect, it } from 'vitest';
import { parsePlannerUrl, PlanDateSchema, setPlanDate, withPlannerOpen } from '../../src/domain/url/planner-url.ts';

describe('planner keys of the address', () => {
  it('reads the open flag and the trip date; anything malformed is ignored', () => {
    expect(parsePlannerUrl('?plan=1.c.0700.&planner=1&date=2026-12-21')).toEqual({ open: true, date: '2026-12-21' });
    expect(parsePlannerUrl('')).toEqual({ open: false, date: null });
    for (const bad of ['2026-02-30', '2026-13-01', '26-12-21', '2026-12-21T00:00', '<script>', '2026-1-5', ' 2026-12-21']) {
      expect(parsePlannerUrl(`?date=${encodeURIComponent(bad)}`).date, bad).toBeNull();
    }
    expect(parsePlannerUrl('?planner=yes').open).toBe(false);
    expect(PlanDateSchema.safeParse('2028-02-29').success).toBe(true);
  });

  it('writes them keeping every other key as it is', () => {
    expect(withPlannerOpen('?site=den-duom&plan=1.c.0700.', true)).toBe('?site=den-duom&plan=1.c.0700.&planner=1');
    expect(withPlannerOpen('?site=den-duom&planner=1', false)).toBe('?site=den-duom');
    expect(withPlannerOpen('?planner=1', false)).toBe('');
    expect(setPlanDate(new URLSearchParams('plan=x'), '2026-12-21').toString()).toBe('plan=x&date=2026-12-21');
    expect(setPlanDate(new URLSearchParams('plan=x&date=2026-12-21'), null).toString()).toBe('plan=x');
    expect(setPlanDate(new URLSearchParams('plan=x'), 'tomorrow').toString()).toBe('plan=x');
  });
});
