import { describe, expect, it } from 'vitest';
import { groupWarnings } from '../../../src/domain/plan/warning-groups.ts';
import type { TimetableWarning } from '../../../src/domain/plan/timetable.ts';

const centre = (index: number, site: string): TimetableWarning => ({ code: 'approximate-position', params: { index, site, confidence: 'commune-centroid' } });
const unknown = (index: number, site: string): TimetableWarning => ({ code: 'unknown-distance', params: { index, site } });

describe('groupWarnings', () => {
  it('says a repeated warning once, naming every stop it is about, in plan order', () => {
    const groups = groupWarnings([
      centre(1, 'a'),
      unknown(2, 'b'),
      centre(3, 'c'),
      { code: 'approximate-position', params: { index: 4, site: 'd', confidence: 'approximate' } },
      unknown(4, 'd'),
      unknown(5, 'e'),
      unknown(6, 'e2'),
      unknown(7, 'start'),
      { code: 'ends-after-sunset', params: { end: '18:30', sunset: '17:19' } },
    ]);
    expect(groups.map((g) => [g.warning.code, g.stops.map((s) => s.index)])).toEqual([
      ['approximate-position', [1, 3]],
      ['unknown-distance', [2, 4, 5, 6]],
      ['approximate-position', [4]],
      ['unknown-distance', [7]],
      ['ends-after-sunset', []],
    ]);
    expect(groups[1]?.stops.map((s) => s.site)).toEqual(['b', 'd', 'e', 'e2']);
  });

  it('keeps a single warning as it is', () => {
    expect(groupWarnings([{ code: 'unknown-site', params: { index: 0, site: 'x' } }])).toEqual([
      { warning: { code: 'unknown-site', params: { index: 0, site: 'x' } }, stops: [{ index: 0, site: 'x' }] },
    ]);
    expect(groupWarnings([])).toEqual([]);
  });
});
