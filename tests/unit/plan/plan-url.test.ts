import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan, siteCode } from '../../../src/domain/plan/plan-url.ts';
import type { Plan } from '../../../src/domain/plan/plan.ts';
import { makePlan } from './factories.ts';
import { SITE_IDS } from './site-ids.ts';

const ids = [...SITE_IDS];

function tenStops(): Plan {
  return makePlan({
    start: { kind: 'point', lon: 105.84377, lat: 21.59663 },
    startTime: '06:45',
    stops: ids.slice(0, 10).map((site, i) => ({ site, minutes: 15 + i * 35 })),
    lunch: { afterStop: 4, minutes: 60 },
  });
}

describe('siteCode', () => {
  it('gives the 31 real site ids 31 distinct 4-character codes', () => {
    const codes = ids.map(siteCode);
    expect(new Set(codes).size).toBe(ids.length);
    for (const c of codes) expect(c).toMatch(/^[0-9a-z]{4}$/);
  });
});

describe('encodePlan / decodePlan', () => {
  it('round-trips a 10-stop plan with a point start and lunch in under 200 URL-safe characters', () => {
    const plan = tenStops();
    const s = encodePlan(plan);
    expect(s.length).toBeLessThan(200);
    expect(s).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(encodeURIComponent(s)).toBe(s);
    expect(decodePlan(s, ids)).toEqual({ ok: true, plan });
  });

  it('round-trips presets, an empty plan and negative coordinates', () => {
    for (const plan of [
      makePlan({ start: { kind: 'preset', id: 'cho-chu' }, startTime: '23:59', stops: [{ site: 'den-duom', minutes: 0 }] }),
      makePlan(),
      makePlan({ start: { kind: 'point', lon: -0.12345, lat: -51.5 } }),
    ]) {
      expect(decodePlan(encodePlan(plan), ids)).toEqual({ ok: true, plan });
    }
  });

  it('is stable: a code does not depend on the order or size of the site list', () => {
    const s = encodePlan(makePlan({ stops: [{ site: 'tin-keo', minutes: 30 }] }));
    expect(decodePlan(s, [...ids].reverse())).toMatchObject({ ok: true });
    expect(decodePlan(s, ['tin-keo'])).toMatchObject({ ok: true });
    expect(s).toBe(`1.c.0700.${siteCode('tin-keo')}-30`);
  });

  it.each([
    ['empty', '', 'malformed'],
    ['garbage', 'hello', 'malformed'],
    ['wrong version', '9.c.0700.', 'unsupported-version'],
    ['missing parts', '1.c', 'malformed'],
    ['bad start', '1.x.0700.', 'malformed'],
    ['bad time', '1.c.2560.', 'invalid'],
    ['short time', '1.c.700.', 'malformed'],
    ['unknown site', '1.c.0700.zzzz-30', 'unknown-site'],
    ['bad stop token', '1.c.0700.abc-30', 'malformed'],
    ['too many minutes', `1.c.0700.${siteCode('tin-keo')}-999`, 'invalid'],
    ['duplicate stop', `1.c.0700.${siteCode('tin-keo')}-30_${siteCode('tin-keo')}-30`, 'invalid'],
    ['lunch after missing stop', `1.c.0700.${siteCode('tin-keo')}-30.l3-60`, 'invalid'],
    ['bad lunch', `1.c.0700.${siteCode('tin-keo')}-30.lunch`, 'malformed'],
    ['point out of range', '1.p99999999_2160000.0700.', 'invalid'],
    ['script', '<script>alert(1)</script>', 'malformed'],
    ['percent-encoded', '1.c.07%3A00.', 'malformed'],
    ['prototype key', '1.c.0700.__proto__', 'malformed'],
    ['too long', `1.c.0700.${'abcd-30_'.repeat(200)}`, 'too-long'],
  ])('rejects %s', (_label, input, error) => {
    expect(decodePlan(input, ids)).toEqual({ ok: false, error });
  });

  it('keeps the known stops of a link with an unknown one, says which position was dropped, and keeps lunch in place', () => {
    const a = siteCode('tin-keo');
    const b = siteCode('den-duom');
    const r = decodePlan(`1.c.0700.${a}-30_zzzz-45_${b}-60.l2-60`, ids);
    expect(r).toEqual({
      ok: true,
      dropped: [2],
      plan: makePlan({ stops: [{ site: 'tin-keo', minutes: 30 }, { site: 'den-duom', minutes: 60 }], lunch: { afterStop: 1, minutes: 60 } }),
    });
    // Lunch after the dropped stop: after the kept stop before it.
    const l = decodePlan(`1.c.0700.${a}-30_zzzz-45_${b}-60.l1-60`, ids);
    expect(l.ok && l.plan.lunch).toEqual({ afterStop: 0, minutes: 60 });
    const first = decodePlan(`1.c.0700.zzzz-45_${b}-60.l0-30`, ids);
    expect(first).toMatchObject({ ok: true, dropped: [1], plan: { stops: [{ site: 'den-duom' }], lunch: { afterStop: 0 } } });
  });

  it('refuses to guess between two known ids that share a code', () => {
    // Find a colliding pair by brute force over synthetic ids (deterministic).
    const seen = new Map<string, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; pair === null && i < 200_000; i++) {
      const id = `x-${i}`;
      const c = siteCode(id);
      const other = seen.get(c);
      if (other !== undefined) pair = [other, id];
      seen.set(c, id);
    }
    if (pair === null) throw new Error('no collision found');
    const s = encodePlan(makePlan({ stops: [{ site: pair[0], minutes: 10 }] }));
    expect(decodePlan(s, pair)).toEqual({ ok: false, error: 'ambiguous-site' });
  });

  it('never throws on non-string input', () => {
    expect(decodePlan(null as unknown as string, ids)).toEqual({ ok: false, error: 'malformed' });
  });
});
