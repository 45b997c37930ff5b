import { describe, expect, it } from 'vitest';
import { decodeGraph, encodeGraph } from '../../../src/domain/routing/graph-codec.ts';
import { createRouter } from '../../../src/domain/routing/router.ts';

// A small square of roads (integer units of 1e-5°): 0 —— 1
//                                                   |    |
//                                                   3 —— 2
const N: [number, number][] = [
  [10550000, 2170000],
  [10552000, 2170000],
  [10552000, 2168000],
  [10550000, 2168000],
];
const side = 2066; // ≈ metres of 0.02° at 21.7°N (lon side); near enough for a fixture
const file = () =>
  encodeGraph({ source: 'test', inputsHash: '0123456789abcdef' }, N, [
    { from: 0, to: 1, kind: 'national', mountain: false, lengthM: side, coords: [N[0]!, [10551000, 2170010], N[1]!] },
    { from: 1, to: 2, kind: 'road', mountain: true, lengthM: side, coords: [N[1]!, N[2]!] },
    { from: 2, to: 3, kind: 'road', mountain: false, lengthM: side, coords: [N[2]!, N[3]!] },
    { from: 3, to: 0, kind: 'gap', mountain: false, lengthM: side, coords: [N[3]!, N[0]!] },
  ]);

describe('graph codec', () => {
  it('round-trips nodes, kinds, terrain and inner vertices', () => {
    const d = decodeGraph(JSON.parse(JSON.stringify(file())));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.graph.nodeLonLat[2]).toBeCloseTo(105.52, 6);
    expect(d.graph.edgeKind).toEqual(['national', 'road', 'road', 'gap']);
    expect([...d.graph.edgeMountain]).toEqual([0, 1, 0, 0]);
    // Edge 0 has 3 points (one inner vertex).
    expect(d.graph.edgeStart[1]! - d.graph.edgeStart[0]!).toBe(3);
    expect(d.graph.points[3]).toBeCloseTo(21.7001, 6);
  });

  it('routes around the square both ways and snaps to the nearest side', () => {
    const d = decodeGraph(file());
    if (!d.ok) throw new Error(d.message);
    const r = createRouter(d.graph);
    const route = r.route([105.5, 21.7], [105.52, 21.68], 'car');
    expect(route).not.toBeNull();
    expect(route!.roadM).toBeCloseTo(2 * side, -1);
    expect(route!.coords[0]).toEqual([105.5, 21.7]);
    expect(route!.coords.at(-1)).toEqual([105.52, 21.68]);
    const s = r.snap(105.51, 21.701);
    expect(s!.edge).toBe(0);
    expect(s!.distanceM).toBeLessThan(120);
    const { minutes: m } = r.matrix([[105.5, 21.7], [105.52, 21.7], [105.51, 21.68]], 'coach');
    expect(m[0]![0]).toBe(0);
    expect(m[0]![1]).toBeGreaterThan(0);
    expect(m[1]![2]).toBeCloseTo(m[2]![1]!, 6);
  });

  it.each([
    ['not an object', 'nope', /road graph/],
    ['a wrong version', { ...file(), header: { ...file().header, version: 2 } }, /header\.version/],
    ['a wrong format', { ...file(), header: { ...file().header, format: 'x' } }, /header\.format/],
    ['a truncated node list', { ...file(), nodes: file().nodes.slice(0, 4) }, /nodes hold 2 points, header says 4/],
    ['an edge to a missing node', { ...file(), edges: [0, 9, 0, 10, 0, ...file().edges.slice(5)] }, /edge 0 names a node/],
    ['an unknown kind', { ...file(), edges: [0, 1, 40, 10, 1, ...file().edges.slice(5)] }, /edge 0 has an unknown kind/],
    ['missing vertices', { ...file(), vertices: [], header: { ...file().header, vertexCount: 0 } }, /inner vertices/],
    ['a string in the edges', { ...file(), edges: ['0', ...file().edges.slice(1)] }, /edges\.0/],
  ])('rejects %s with a message, never throws', (_name, json, message) => {
    const d = decodeGraph(json);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toMatch(message);
  });
});
