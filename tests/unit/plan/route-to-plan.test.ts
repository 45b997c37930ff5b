import { describe, expect, it } from 'vitest';
import { routeToPlan } from '../../../src/domain/plan/route-to-plan.ts';
import { PlanSchema } from '../../../src/domain/plan/plan.ts';
import { makeRoute, makeStop } from './factories.ts';

describe('routeToPlan', () => {
  it('keeps the order and merges a repeated hub into its first visit', () => {
    const route = makeRoute([makeStop('hub', 45), makeStop('a', 20), makeStop('hub', 10), makeStop('b', 30), makeStop('hub', 0)]);
    const plan = routeToPlan(route, { kind: 'preset', id: 'cho-chu' }, '07:15');
    expect(plan).toEqual({
      v: 1,
      start: { kind: 'preset', id: 'cho-chu' },
      startTime: '07:15',
      stops: [{ site: 'hub', minutes: 55 }, { site: 'a', minutes: 20 }, { site: 'b', minutes: 30 }],
    });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(route.stops[0]?.minutes).toBe(45);
  });
});
