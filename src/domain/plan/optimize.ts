/**
 * Stop-order optimiser for a day trip: nearest neighbour, then 2-opt alternated with Or-opt (moving a run of
 * 1–3 stops elsewhere) until neither improves, on an open path (the trip's return is not part of the cost).
 * The moves assume a symmetric distance (great-circle based); the final guard compares full path costs, so the
 * result is never worse than the order given, whatever the function.
 */
export type DistanceFn<T> = (a: T, b: T) => number;

/** Length of the open path start → stops[0] → … → stops[n-1] (start optional). */
export function pathCost<T>(stops: readonly T[], start: T | undefined, d: DistanceFn<T>): number {
  let cost = 0;
  let prev = start;
  for (const s of stops) {
    if (prev !== undefined) cost += d(prev, s);
    prev = s;
  }
  return cost;
}

function nearestNeighbour<T>(from: T, rest: T[], d: DistanceFn<T>): T[] {
  const out: T[] = [];
  const left = [...rest];
  let cur = from;
  while (left.length > 0) {
    let best = 0;
    let bestD = Infinity;
    for (let i = 0; i < left.length; i++) {
      const v = d(cur, left[i] as T);
      if (v < bestD) {
        bestD = v;
        best = i;
      }
    }
    cur = left.splice(best, 1)[0] as T;
    out.push(cur);
  }
  return out;
}

/** 2-opt on path[fixed..]; path[0..fixed-1] never move, the far end is open. Mutates and returns path. */
function twoOpt<T>(path: T[], fixed: number, d: DistanceFn<T>): T[] {
  const n = path.length;
  const eps = 1e-12;
  let improved = true;
  let passes = 0;
  while (improved && passes < 100) {
    improved = false;
    passes += 1;
    for (let i = Math.max(fixed, 1); i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = path[i - 1] as T;
        const b = path[i] as T;
        const c = path[j] as T;
        const next = j + 1 < n ? (path[j + 1] as T) : undefined;
        const before = d(a, b) + (next === undefined ? 0 : d(c, next));
        const after = d(a, c) + (next === undefined ? 0 : d(b, next));
        if (after < before - eps) {
          for (let l = i, r = j; l < r; l++, r--) {
            const t = path[l] as T;
            path[l] = path[r] as T;
            path[r] = t;
          }
          improved = true;
        }
      }
    }
  }
  return path;
}

/**
 * Or-opt: move a run of 1–3 stops (never the fixed prefix) to the best other gap, possibly reversed, using
 * symmetric deltas. Mutates path; returns true when it improved something.
 */
function orOpt<T>(path: T[], fixed: number, d: DistanceFn<T>): boolean {
  const eps = 1e-12;
  let improved = false;
  for (let len = 1; len <= 3; len++) {
    for (let i = Math.max(fixed, 1); i + len <= path.length; i++) {
      const n = path.length;
      const j = i + len - 1;
      const prev = path[i - 1] as T;
      const first = path[i] as T;
      const last = path[j] as T;
      const next = j + 1 < n ? (path[j + 1] as T) : undefined;
      const gain = d(prev, first) + (next === undefined ? 0 : d(last, next) - d(prev, next));
      const rest = [...path.slice(0, i), ...path.slice(j + 1)];
      let bestDelta = -eps;
      let bestK = -1;
      let bestRev = false;
      // Insert between rest[k-1] and rest[k] (k = rest.length: append at the open end).
      for (let k = Math.max(fixed, 1); k <= rest.length; k++) {
        if (k === i) continue;
        const a = rest[k - 1] as T;
        const b = k < rest.length ? (rest[k] as T) : undefined;
        const base = b === undefined ? 0 : d(a, b);
        const fwd = d(a, first) + (b === undefined ? 0 : d(last, b)) - base - gain;
        const rev = d(a, last) + (b === undefined ? 0 : d(first, b)) - base - gain;
        if (fwd < bestDelta) {
          bestDelta = fwd;
          bestK = k;
          bestRev = false;
        }
        if (rev < bestDelta) {
          bestDelta = rev;
          bestK = k;
          bestRev = true;
        }
      }
      if (bestK >= 0) {
        const seg = path.slice(i, j + 1);
        if (bestRev) seg.reverse();
        path.splice(0, n, ...rest.slice(0, bestK), ...seg, ...rest.slice(bestK));
        improved = true;
      }
    }
  }
  return improved;
}

/**
 * Reorders stops to shorten the trip. With `start` (e.g. the city), the path begins there and every stop may
 * move; without it, the first stop stays first. Returns a new array (the input order when nothing is better).
 */
export function optimizeOrder<T>(stops: readonly T[], start: T | undefined, distanceFn: DistanceFn<T>): T[] {
  if (stops.length < 2 || (start === undefined && stops.length < 3)) return [...stops];
  // Work on indices with a distance matrix: distanceFn is called (n+1)² times at most, whatever the search does.
  const items: T[] = start === undefined ? [...stops] : [start, ...stops];
  const m = items.map((a) => items.map((b) => distanceFn(a, b)));
  const d: DistanceFn<number> = (a, b) => (m[a] as number[])[b] as number;
  const indices = items.map((_, i) => i);
  const path = twoOpt([0, ...nearestNeighbour(0, indices.slice(1), d)], 1, d);
  for (let round = 0; round < 10 && orOpt(path, 1, d); round++) twoOpt(path, 1, d);
  const candidate = path.slice(start === undefined ? 0 : 1).map((i) => items[i] as T);
  const inputCost = pathCost(stops, start, distanceFn);
  return pathCost(candidate, start, distanceFn) < inputCost ? candidate : [...stops];
}
