import { describe, expect, it } from 'vitest';
import {
  PlanSchema,
  START_PRESETS,
  addStop,
  moveDown,
  moveStop,
  moveUp,
  removeStop,
  setLunch,
  setStopMinutes,
  startEndpoint,
} from '../../../src/domain/plan/plan.ts';
import { makePlan } from './factories.ts';

const three = () =>
  makePlan({ stops: [{ site: 'a', minutes: 30 }, { site: 'b', minutes: 40 }, { site: 'c', minutes: 50 }] });
const order = (p: { stops: { site: string }[] }) => p.stops.map((s) => s.site).join('');

describe('PlanSchema', () => {
  it('accepts a valid plan with a preset start, a point start and lunch', () => {
    expect(PlanSchema.safeParse(three()).success).toBe(true);
    expect(PlanSchema.safeParse({ ...three(), start: { kind: 'point', lon: 105.8, lat: 21.6 }, lunch: { afterStop: 2, minutes: 45 } }).success).toBe(true);
  });

  it.each([
    ['bad time', { startTime: '24:00' }, 'startTime'],
    ['bad time format', { startTime: '7:00' }, 'startTime'],
    ['unknown preset', { start: { kind: 'preset', id: 'ha-noi' } }, 'start.id'],
    ['lunch after a missing stop', { lunch: { afterStop: 3, minutes: 30 } }, 'lunch.afterStop'],
    ['duplicate site', { stops: [{ site: 'a', minutes: 1 }, { site: 'a', minutes: 2 }] }, 'stops.1.site'],
    ['fractional minutes', { stops: [{ site: 'a', minutes: 1.5 }] }, 'stops.0.minutes'],
    ['extra key', { extra: 1 }, ''],
    ['wrong version', { v: 2 }, 'v'],
  ])('rejects %s', (_label, patch, path) => {
    const r = PlanSchema.safeParse({ ...three(), ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe(path);
  });

  it('uses preset coordinates from the facts (NOTES.md §2)', () => {
    expect(START_PRESETS['thai-nguyen-city']).toMatchObject({ lat: 21.6, lon: 105.85 });
    expect(START_PRESETS['cho-chu']).toMatchObject({ lat: 21.907, lon: 105.6423 });
    expect(startEndpoint({ kind: 'preset', id: 'cho-chu' })).toEqual({ position: [105.6423, 21.907], district: 'Định Hóa' });
    expect(startEndpoint({ kind: 'point', lon: 105.7, lat: 21.7 })).toEqual({ position: [105.7, 21.7] });
  });
});

describe('plan operations', () => {
  it('adds at the end, ignores a site already in the plan, never mutates', () => {
    const p = three();
    const q = addStop(p, 'd', 20);
    expect(order(q)).toBe('abcd');
    expect(order(p)).toBe('abc');
    expect(addStop(q, 'b', 99)).toBe(q);
  });

  it('removes a stop and keeps lunch after the same visit', () => {
    const p = setLunch(three(), { afterStop: 2, minutes: 45 });
    const q = removeStop(p, 0);
    expect(order(q)).toBe('bc');
    expect(q.lunch).toEqual({ afterStop: 1, minutes: 45 });
    expect(removeStop(p, 2).lunch).toEqual({ afterStop: 1, minutes: 45 });
    expect(removeStop(removeStop(removeStop(p, 0), 0), 0).lunch).toBeUndefined();
    expect(removeStop(p, 5)).toBe(p);
    expect(PlanSchema.safeParse(q).success).toBe(true);
  });

  it('moves stops up, down and anywhere; out-of-range moves are no-ops', () => {
    const p = three();
    expect(order(moveUp(p, 1))).toBe('bac');
    expect(order(moveDown(p, 1))).toBe('acb');
    expect(moveUp(p, 0)).toBe(p);
    expect(moveDown(p, 2)).toBe(p);
    expect(order(moveStop(p, 0, 2))).toBe('bca');
    expect(order(moveStop(p, 2, 0))).toBe('cab');
    expect(moveStop(p, 0, 3)).toBe(p);
    expect(moveStop(p, -1, 0)).toBe(p);
    expect(moveStop(p, 0.5, 1)).toBe(p);
  });

  it('keeps lunch at its place in the day when stops are reordered', () => {
    const p = setLunch(three(), { afterStop: 1, minutes: 60 });
    expect(moveStop(p, 0, 2).lunch).toEqual({ afterStop: 1, minutes: 60 });
  });

  it('sets minutes and lunch only with valid values', () => {
    const p = three();
    expect(setStopMinutes(p, 1, 15).stops[1]?.minutes).toBe(15);
    expect(setStopMinutes(p, 1, -5)).toBe(p);
    expect(setLunch(p, { afterStop: 3, minutes: 30 })).toBe(p);
    expect(setLunch(setLunch(p, { afterStop: 0, minutes: 30 }), null).lunch).toBeUndefined();
  });
});
