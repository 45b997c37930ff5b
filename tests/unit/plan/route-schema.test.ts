import { describe, expect, it } from 'vitest';
import { RouteSchema, RoutesFileSchema, checkRouteReferences } from '../../../src/domain/schema/route.ts';
import { makeLeg, makeRoute, makeSite, makeStop } from './factories.ts';

const src = { title: 'Tỉn Keo guide', url: 'https://example.org/tin-keo' };

function issuesOf(input: unknown) {
  const r = RouteSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('RouteSchema', () => {
  it('accepts a route with stops − 1 legs', () => {
    const route = makeRoute([makeStop('a'), makeStop('b'), makeStop('c')]);
    expect(RouteSchema.safeParse(route).success).toBe(true);
  });

  it('reports a leg count mismatch at legs', () => {
    const route = makeRoute([makeStop('a'), makeStop('b'), makeStop('c')], [makeLeg()]);
    expect(issuesOf(route)).toEqual([{ path: 'legs', message: 'a route with 3 stops needs 2 legs, found 1' }]);
  });

  it('requires a source for a sourced distance, at the leg source path', () => {
    const route = makeRoute([makeStop('a'), makeStop('b')], [makeLeg({ mode: 'walking', distanceKm: 1.8 })]);
    expect(issuesOf(route)).toEqual([{ path: 'legs.0.source', message: 'a distanceKm must cite the source that gives it' }]);
    const ok = makeRoute([makeStop('a'), makeStop('b')], [makeLeg({ mode: 'walking', distanceKm: 1.8, source: src })]);
    expect(issuesOf(ok)).toEqual([]);
  });

  it('rejects a non-positive distance, an unknown mode, a bad slug, a non-http source and fractional minutes', () => {
    expect(issuesOf(makeRoute([makeStop('a'), makeStop('b')], [makeLeg({ distanceKm: 0, source: src })]))[0]?.path).toBe('legs.0.distanceKm');
    expect(issuesOf({ ...makeRoute([makeStop('a'), makeStop('b')]), legs: [{ mode: 'boat' }] })[0]?.path).toBe('legs.0.mode');
    expect(issuesOf(makeRoute([makeStop('a'), makeStop('b')], undefined, 'Bad Id'))[0]?.path).toBe('id');
    const js = makeRoute([makeStop('a'), makeStop('b')], [makeLeg({ distanceKm: 1, source: { title: 'x', url: 'javascript:alert(1)' } })]);
    expect(issuesOf(js)[0]?.path).toBe('legs.0.source.url');
    expect(issuesOf(makeRoute([makeStop('a', 12.5), makeStop('b')]))[0]?.path).toBe('stops.0.minutes');
  });

  it('accepts a LineString leg geometry and rejects a one-point line', () => {
    const line = { type: 'LineString', coordinates: [[105.5, 21.7], [105.51, 21.71]] } as const;
    const ok = makeRoute([makeStop('a'), makeStop('b')], [makeLeg({ geometry: { type: 'LineString', coordinates: [[105.5, 21.7], [105.51, 21.71]] } })]);
    expect(issuesOf(ok)).toEqual([]);
    const bad = { ...ok, legs: [{ mode: 'coach', geometry: { ...line, coordinates: [[105.5, 21.7]] } }] };
    expect(issuesOf(bad)[0]?.path).toBe('legs.0.geometry.coordinates');
  });

  it('rejects duplicate route ids in the file', () => {
    const r = makeRoute([makeStop('a'), makeStop('b')]);
    const res = RoutesFileSchema.safeParse({ routes: [r, r] });
    expect(res.success).toBe(false);
    expect(res.error?.issues[0]?.path).toEqual(['routes', 1, 'id']);
  });
});

describe('checkRouteReferences', () => {
  it('reports unknown and unlocated stops with their paths, and nothing for good ones', () => {
    const sites = [makeSite({ id: 'a' }), makeSite({ id: 'b', confidence: 'none' })];
    const routes = [makeRoute([makeStop('a'), makeStop('b'), makeStop('zz')])];
    expect(checkRouteReferences(routes, sites)).toEqual([
      { path: ['routes', 0, 'stops', 1, 'site'], message: 'route "test-route": site "b" has no map position' },
      { path: ['routes', 0, 'stops', 2, 'site'], message: 'route "test-route": unknown site "zz"' },
    ]);
    expect(checkRouteReferences([makeRoute([makeStop('a'), makeStop('a')])], sites)).toEqual([]);
  });
});
