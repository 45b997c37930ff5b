/**
 * npx tsx bench/optimize.bench.ts
 * Times optimizeOrder on 30 stops spread over the province with great-circle distances (the planner's real
 * distance function shape). Goal: median < 50 ms.
 */
import { fileURLToPath } from 'node:url';
import { greatCircleKm } from '../src/domain/plan/distance.ts';
import { optimizeOrder } from '../src/domain/plan/optimize.ts';
import { seededRandom as rng } from '../tests/support/seeded-random.ts';

type Pt = readonly [number, number];


export interface OptimizeBenchResult {
  stops: number;
  runs: number;
  medianMs: number;
  maxMs: number;
  goalMs: number;
  pass: boolean;
}

export function runOptimizeBench(runs = 25, stops = 30): OptimizeBenchResult {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const rnd = rng(1000 + r);
    const pts: Pt[] = Array.from({ length: stops }, () => [105.4 + rnd() * 0.8, 21.5 + rnd() * 0.5] as const);
    const start: Pt = [105.85, 21.6];
    const t0 = performance.now();
    optimizeOrder(pts, start, greatCircleKm);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? 0;
  const maxMs = times[times.length - 1] ?? 0;
  return { stops, runs, medianMs, maxMs, goalMs: 50, pass: medianMs < 50 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = runOptimizeBench();
  console.log(
    `optimizeOrder: ${r.stops} stops, ${r.runs} runs: median ${r.medianMs.toFixed(2)} ms, max ${r.maxMs.toFixed(2)} ms (goal < ${r.goalMs} ms) ${r.pass ? 'PASS' : 'FAIL'}`,
  );
  if (!r.pass) process.exitCode = 1;
}
