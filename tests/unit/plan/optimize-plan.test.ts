import { describe, expect, it } from 'vitest';
import { optimizePlan } from '../../../src/domain/plan/optimize-plan.ts';
import { buildTimetable } from '../../../src/domain/plan/timetable.ts';
import { ANCHORS, makePlan, makeSite } from './factories.ts';

const sites = [
  makeSite({ id: 'city-museum', ...ANCHORS.museumVhcdt }),
  makeSite({ id: 'duom', ...ANCHORS.denDuom, district: 'Phú Lương' }),
  makeSite({ id: 'atk', ...ANCHORS.atk, district: 'Định Hóa' }),
  makeSite({ id: 'lost', confidence: 'none' }),
];
const order = (p: { stops: { site: string }[] }) => p.stops.map((s) => s.site);

describe('optimizePlan', () => {
  it('orders stops outward from the city, keeps unlocated stops in their slots and lunch in place', () => {
    const plan = makePlan({
      stops: [{ site: 'atk', minutes: 60 }, { site: 'lost', minutes: 20 }, { site: 'city-museum', minutes: 30 }, { site: 'duom', minutes: 30 }],
      lunch: { afterStop: 1, minutes: 45 },
    });
    // An open path (no drive home), as the timetables below measure it.
    const out = optimizePlan(plan, sites, { returnToStart: false });
    expect(order(out)).toEqual(['city-museum', 'lost', 'duom', 'atk']);
    expect(out.lunch).toEqual(plan.lunch);
    const before = buildTimetable({ ...plan, lunch: undefined }, sites, { date: '2026-06-21', returnToStart: false });
    const after = buildTimetable({ ...out, lunch: undefined }, sites, { date: '2026-06-21', returnToStart: false });
    expect(after.totals.km).toBeLessThan(before.totals.km);
  });

  it('returns the same plan when the order is already best', () => {
    const plan = makePlan({ stops: [{ site: 'city-museum', minutes: 30 }, { site: 'duom', minutes: 30 }, { site: 'atk', minutes: 60 }] });
    expect(optimizePlan(plan, sites, { returnToStart: false })).toBe(plan);
  });
});
