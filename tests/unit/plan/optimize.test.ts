import { describe, expect, it } from 'vitest';
import { optimizeOrder, pathCost } from '../../../src/domain/plan/optimize.ts';
import { seededRandom } from './factories.ts';

type P = { id: string; x: number; y: number };
const p = (id: string, x: number, y: number): P => ({ id, x, y });
const euclid = (a: P, b: P): number => Math.hypot(a.x - b.x, a.y - b.y);
const ids = (ps: readonly P[]): string[] => ps.map((q) => q.id);

function bruteForceBest(stops: P[], start: P | undefined): number {
  let best = Infinity;
  const perm = (rest: P[], acc: P[]): void => {
    if (rest.length === 0) {
      best = Math.min(best, pathCost(acc, start, euclid));
      return;
    }
    rest.forEach((r, i) => perm([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, r]));
  };
  if (start === undefined) perm(stops.slice(1), [stops[0] as P]);
  else perm(stops, []);
  return best;
}

describe('optimizeOrder', () => {
  it('orders points on a line from a start at one end', () => {
    const stops = [p('c', 3, 0), p('a', 1, 0), p('d', 4, 0), p('b', 2, 0)];
    expect(ids(optimizeOrder(stops, p('s', 0, 0), euclid))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the first stop first when there is no start', () => {
    const stops = [p('b', 2, 0), p('d', 4, 0), p('a', 1, 0), p('c', 3, 0)];
    const out = optimizeOrder(stops, undefined, euclid);
    expect(out[0]?.id).toBe('b');
    expect(pathCost(out, undefined, euclid)).toBeCloseTo(bruteForceBest(stops, undefined), 9);
  });

  it('walks around a square instead of crossing it', () => {
    const stops = [p('c', 1, 1), p('b', 1, 0), p('d', 0, 1)];
    const out = optimizeOrder(stops, p('a', 0, 0), euclid);
    expect(pathCost(out, p('a', 0, 0), euclid)).toBeCloseTo(3, 9);
    expect(['b,c,d', 'd,c,b']).toContain(ids(out).join(','));
  });

  it('un-crosses a zig-zag that nearest neighbour alone gets wrong', () => {
    // NN from s goes to the closer x (0.9) first, then has to come back; the optimum takes a then x.
    const stops = [p('x', 0.9, 0), p('a', -0.95, 0), p('y', 3, 0)];
    const out = optimizeOrder(stops, p('s', 0, 0), euclid);
    expect(pathCost(out, p('s', 0, 0), euclid)).toBeCloseTo(bruteForceBest(stops, p('s', 0, 0)), 9);
  });

  it('returns a permutation of the input and leaves the input untouched', () => {
    const rnd = seededRandom(7);
    const stops = Array.from({ length: 12 }, (_, i) => p(`s${i}`, rnd(), rnd()));
    const copy = [...stops];
    const out = optimizeOrder(stops, undefined, euclid);
    expect(stops).toEqual(copy);
    expect([...ids(out)].sort()).toEqual([...ids(stops)].sort());
  });

  it('is never worse than the input order on random sets (seeded)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = seededRandom(seed);
      const n = 2 + Math.floor(rnd() * 14);
      const stops = Array.from({ length: n }, (_, i) => p(`s${i}`, rnd() * 100, rnd() * 100));
      const start = seed % 2 === 0 ? p('start', rnd() * 100, rnd() * 100) : undefined;
      const out = optimizeOrder(stops, start, euclid);
      expect(pathCost(out, start, euclid)).toBeLessThanOrEqual(pathCost(stops, start, euclid) + 1e-9);
    }
  });

  it('keeps the input order when it is already optimal, even against an asymmetric cost', () => {
    // Going "east" is cheap, "west" expensive: 2-opt's symmetric assumption fails here, the guard must hold.
    const asym = (a: P, b: P): number => (b.x >= a.x ? b.x - a.x : 10 * (a.x - b.x));
    const stops = [p('a', 1, 0), p('b', 2, 0), p('c', 3, 0), p('d', 4, 0)];
    expect(ids(optimizeOrder(stops, p('s', 0, 0), asym))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps an optimal input under random asymmetric costs, where the moves can go wrong (the guard)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = seededRandom(seed);
      const m = Array.from({ length: 7 }, () => Array.from({ length: 7 }, () => 1 + Math.floor(rnd() * 20)));
      const d = (a: number, b: number): number => (a === b ? 0 : (m[a] as number[])[b] as number);
      let best: number[] = [];
      let bestCost = Infinity;
      const perm = (rest: number[], acc: number[]): void => {
        if (rest.length === 0) {
          const c = pathCost(acc, 0, d);
          if (c < bestCost) [best, bestCost] = [acc, c];
          return;
        }
        rest.forEach((r, i) => perm([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, r]));
      };
      perm([1, 2, 3, 4, 5, 6], []);
      expect(pathCost(optimizeOrder(best, 0, d), 0, d)).toBe(bestCost);
    }
  });

  it('matches brute force on small random sets within 10 %', () => {
    for (let seed = 300; seed < 330; seed++) {
      const rnd = seededRandom(seed);
      const stops = Array.from({ length: 7 }, (_, i) => p(`s${i}`, rnd() * 10, rnd() * 10));
      const start = p('start', 5, 5);
      const got = pathCost(optimizeOrder(stops, start, euclid), start, euclid);
      expect(got).toBeLessThanOrEqual(bruteForceBest(stops, start) * 1.1 + 1e-9);
    }
  });

  it('handles 30 stops: a permutation, no worse than input, and much better than a random order', () => {
    const rnd = seededRandom(30);
    const stops = Array.from({ length: 30 }, (_, i) => p(`s${i}`, rnd() * 100, rnd() * 100));
    const start = p('start', 50, 50);
    const out = optimizeOrder(stops, start, euclid);
    expect(new Set(ids(out)).size).toBe(30);
    expect(pathCost(out, start, euclid)).toBeLessThan(pathCost(stops, start, euclid) * 0.5);
  });

  it('handles empty, single and two-stop inputs', () => {
    expect(optimizeOrder([], undefined, euclid)).toEqual([]);
    expect(ids(optimizeOrder([p('a', 1, 1)], p('s', 0, 0), euclid))).toEqual(['a']);
    expect(ids(optimizeOrder([p('far', 9, 0), p('near', 1, 0)], p('s', 0, 0), euclid))).toEqual(['near', 'far']);
    expect(ids(optimizeOrder([p('far', 9, 0), p('near', 1, 0)], undefined, euclid))).toEqual(['far', 'near']);
  });
});
