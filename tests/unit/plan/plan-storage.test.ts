import { describe, expect, it } from 'vitest';
import { readStoredPlan, serializeStoredPlan } from '../../../src/domain/plan/plan-storage.ts';
import { makePlan } from './factories.ts';

describe('plan storage', () => {
  it('round-trips a plan', () => {
    const plan = makePlan({ stops: [{ site: 'tin-keo', minutes: 45 }], lunch: { afterStop: 0, minutes: 60 } });
    const raw = serializeStoredPlan(plan);
    expect(readStoredPlan(raw)).toEqual({ plan, corrupt: false, raw });
  });

  it('reports nothing stored as not corrupt', () => {
    expect(readStoredPlan(null)).toEqual({ plan: null, corrupt: false, raw: null });
  });

  it.each([
    ['bad JSON', '{"v":1,'],
    ['empty string', ''],
    ['wrong shape', '{"v":1,"stops":"nope"}'],
    ['future version', JSON.stringify({ ...makePlan(), v: 2 })],
    ['array', '[]'],
    ['null JSON', 'null'],
  ])('marks %s as corrupt and keeps the raw text', (_label, raw) => {
    expect(readStoredPlan(raw)).toEqual({ plan: null, corrupt: true, raw });
  });
});
