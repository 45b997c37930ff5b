import { describe, expect, it } from 'vitest';
import { summarizeRoute } from '../../../src/domain/plan/summarize-route.ts';
import { ANCHORS, makeLeg, makeRoute, makeSite, makeStop } from './factories.ts';

const src = { title: 'guide', url: 'https://example.org/g' };

describe('summarizeRoute', () => {
  it('totals sourced, drawn and estimated legs with their minutes', () => {
    const sites = [
      makeSite({ id: 'hub', ...ANCHORS.atk, district: 'Định Hóa' }),
      makeSite({ id: 'fall', ...ANCHORS.waterfall, district: 'Định Hóa' }),
      makeSite({ id: 'city', ...ANCHORS.city }),
    ];
    const route = makeRoute(
      [makeStop('hub', 40), makeStop('fall', 20), makeStop('city', 30)],
      [makeLeg({ mode: 'walking', distanceKm: 1.2, source: src }), makeLeg({ mode: 'coach' })],
    );
    const s = summarizeRoute(route, sites);
    expect(s.legs[0]).toMatchObject({ from: 'hub', to: 'fall', km: 1.2, minutes: 24, estimated: false, basis: 'source', terrain: 'mountain' });
    expect(s.legs[1]).toMatchObject({ from: 'fall', to: 'city', estimated: true, basis: 'estimate', terrain: 'mountain' });
    const est = s.legs[1]?.km ?? 0;
    expect(s.totalKm).toBeCloseTo(1.2 + est, 9);
    expect(s.knownKm).toBe(1.2);
    expect(s.estimatedLegs).toBe(1);
    expect(s.visitMinutes).toBe(90);
    expect(s.travelMinutes).toBe(24 + Math.ceil((est / 35) * 60));
    expect(s.totalMinutes).toBe(s.travelMinutes + 90);
  });

  it('leaves legs to unknown or unlocated sites unmeasured unless sourced', () => {
    const sites = [makeSite({ id: 'a' }), makeSite({ id: 'b', confidence: 'none' })];
    const s = summarizeRoute(makeRoute([makeStop('a'), makeStop('b'), makeStop('zz')]), sites);
    expect(s.legs.map((l) => l.km)).toEqual([null, null]);
    expect(s.unmeasuredLegs).toBe(2);
    expect(s.totalKm).toBe(0);
    const sourced = summarizeRoute(makeRoute([makeStop('a'), makeStop('b')], [makeLeg({ distanceKm: 3, source: src })]), sites);
    expect(sourced.legs[0]?.km).toBe(3);
  });
});
