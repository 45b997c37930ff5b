import { describe, expect, it } from 'vitest';
import { formatters, planMapData, routeMapData, toPlanMapData, todayIso } from '../../../src/features/planner/plan-view.ts';
import { buildTimetable } from '../../../src/domain/plan/timetable.ts';
import { summarizeRoute } from '../../../src/domain/plan/summarize-route.ts';
import { ANCHORS, makePlan, makeRoute, makeSite, makeStop } from './factories.ts';

const words = { estimated: 'ước tính', unknown: 'chưa rõ quãng đường', hours: 'giờ', minutes: 'phút' };
const fmt = formatters('vi', words);

describe('planner formatters', () => {
  it('writes km with a decimal comma in Vietnamese and durations in hours and minutes', () => {
    expect(fmt.km(3.44)).toBe('3,4 km');
    expect(fmt.km(57.4)).toBe('57 km');
    expect(fmt.duration(45)).toBe('45 phút');
    expect(fmt.duration(60)).toBe('1 giờ');
    expect(fmt.duration(99)).toBe('1 giờ 39 phút');
    expect(formatters('en', { ...words, hours: 'h', minutes: 'min' }).km(3.44)).toBe('3.4 km');
  });
  it('marks estimated legs and says when a distance is unknown', () => {
    expect(fmt.leg({ km: 23, minutes: 35, estimated: true })).toBe('23 km · 35 phút (ước tính)');
    expect(fmt.leg({ km: 1.2, minutes: 24, estimated: false })).toBe('1,2 km · 24 phút');
    expect(fmt.leg({ km: null, minutes: null, estimated: true })).toBe('chưa rõ quãng đường');
  });
  it('gives today as an ISO date in local time', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('plan and routes as map features', () => {
  it('numbers stops, merges stops on one point into one circle ("2·3"), and skips zero-length legs', () => {
    const data = toPlanMapData(
      [
        { order: 1, site: 'a', name: 'A', position: [105.8, 21.6] },
        { order: 2, site: 'b', name: 'B', position: [105.5, 21.8] },
        { order: 3, site: 'c', name: 'C', position: [105.5, 21.8] },
      ],
      [
        { from: [105.85, 21.6], to: [105.8, 21.6], label: 'x', estimated: true, kind: 'leg' },
        { from: [105.8, 21.6], to: [105.5, 21.8], label: 'y', estimated: true, kind: 'leg' },
        { from: [105.5, 21.8], to: [105.5, 21.8], label: 'z', estimated: true, kind: 'leg' },
      ],
      { name: 'Start', position: [105.85, 21.6] },
    );
    const stops = data.points.features.filter((f) => f.properties['kind'] === 'stop');
    expect(stops.map((f) => f.properties['label'])).toEqual(['1', '2·3']);
    expect(stops[1]?.properties['name']).toBe('B / C');
    expect(data.lines.features.map((f) => f.properties['label'])).toEqual(['x', 'y']);
    expect(data.bounds).toEqual([
      [105.5, 21.6],
      [105.85, 21.8],
    ]);
  });

  it('merges stops a few metres apart (ATK point and the Tỉn Keo placeholder) so no number hides another', () => {
    const data = toPlanMapData(
      [
        { order: 1, site: 'atk', name: 'ATK', position: [105.508607, 21.788216] },
        { order: 2, site: 'duom', name: 'Đuổm', position: [105.706083, 21.754766] },
        { order: 3, site: 'tin-keo', name: 'Tỉn Keo', position: [105.5086, 21.7882] },
        { order: 4, site: 'fall', name: 'Thác', position: [105.51148, 21.793629] },
      ],
      [],
    );
    expect(data.points.features.map((f) => f.properties['label'])).toEqual(['1·3', '2', '4']);
  });

  it('draws a plan as the timetable walks it: start, located stops in order, the way home; unlocated stops skipped', () => {
    const sites = [
      makeSite({ id: 'museum', ...ANCHORS.museumVhcdt }),
      makeSite({ id: 'lost', confidence: 'none' }),
      makeSite({ id: 'atk', ...ANCHORS.atk, district: 'Định Hóa' }),
    ];
    const plan = makePlan({ stops: ['museum', 'lost', 'atk'].map((site) => ({ site, minutes: 30 })) });
    const tt = buildTimetable(plan, sites, { date: '2026-06-01' });
    const data = planMapData(tt, new Map(sites.map((s) => [s.id, s])), { name: 'TP', position: [ANCHORS.city.lon, ANCHORS.city.lat] }, 'vi', fmt);
    expect(data.points.features.map((f) => f.properties['label'])).toEqual(['', '1', '3']);
    expect(data.lines.features.map((f) => f.properties['kind'])).toEqual(['leg', 'leg', 'return']);
    expect(data.lines.features[1]?.geometry.coordinates).toEqual([
      [ANCHORS.museumVhcdt.lon, ANCHORS.museumVhcdt.lat],
      [ANCHORS.atk.lon, ANCHORS.atk.lat],
    ]);
    expect(String(data.lines.features[1]?.properties['label'])).toMatch(/km · .* \(ước tính\)$/);
  });

  it('draws a curated route with a hub visited twice under both numbers and uses a drawn leg path', () => {
    const sites = [makeSite({ id: 'hub', ...ANCHORS.atk }), makeSite({ id: 'fall', ...ANCHORS.waterfall })];
    const path: [number, number][] = [
      [ANCHORS.atk.lon, ANCHORS.atk.lat],
      [105.51, 21.791],
      [ANCHORS.waterfall.lon, ANCHORS.waterfall.lat],
    ];
    const route = makeRoute([makeStop('hub'), makeStop('fall'), makeStop('hub')], [
      { mode: 'walking', geometry: { type: 'LineString', coordinates: path } },
      { mode: 'walking' },
    ]);
    const data = routeMapData(route, summarizeRoute(route, sites), new Map(sites.map((s) => [s.id, s])), 'vi', fmt);
    expect(data.points.features.map((f) => f.properties['label'])).toEqual(['1·3', '2']);
    expect(data.lines.features[0]?.geometry.coordinates).toEqual(path);
    expect(data.lines.features[0]?.properties['estimated']).toBe(false);
    expect(data.lines.features[1]?.properties['estimated']).toBe(true);
  });
});
