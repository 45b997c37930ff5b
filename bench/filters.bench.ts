/**
 * Filter bench: 10,000 synthetic sites, a sequence of facet toggles; each step runs applyFilters + facetCounts,
 * i.e. what the UI does per click. Goal: p95 < 16 ms. Run: npx tsx bench/filters.bench.ts
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import {
  applyFilters,
  emptyFilters,
  facetCounts,
  toggle,
  type FilterState,
} from '../src/domain/explore/filters.ts';
import { percentile, round, syntheticSites } from './synthetic-sites.ts';

export interface FilterBenchResult {
  name: 'filters';
  sites: number;
  steps: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Process CPU time per step: less sensitive than wall time to other load on the machine. */
  cpuMedianMs: number;
  cpuP95Ms: number;
  goalMs: number;
  pass: boolean;
  /** The machine, to read the figures against: logical CPUs and 1-minute load average at the end. */
  cpus: number;
  loadAvg1m: number;
}

export async function runFilterBench(opts: { sites?: number; rounds?: number } = {}): Promise<FilterBenchResult> {
  const count = opts.sites ?? 10_000;
  const rounds = opts.rounds ?? 10;
  const { sites, districts, communes } = syntheticSites(count, { stories: false });
  const steps: ((s: FilterState) => FilterState)[] = [
    (s) => toggle(s, 'categories', 'museum'),
    (s) => toggle(s, 'categories', 'headquarters'),
    (s) => toggle(s, 'ranks', 'national'),
    (s) => toggle(s, 'periods', '1946-1954'),
    (s) => toggle(s, 'districts', districts[0] ?? ''),
    (s) => toggle(s, 'districts', districts[1] ?? ''),
    (s) => toggle(s, 'communesAfter2025', `xã ${communes[0] ?? ''}`),
    (s) => toggle(s, 'communesAfter2025', `xã ${communes[0] ?? ''}`),
    (s) => toggle(s, 'categories', 'museum'),
    (s) => toggle(s, 'periods', 'before-1945'),
    (s) => toggle(s, 'ranks', 'national'),
    () => emptyFilters(),
  ];
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let state = emptyFilters();
  for (let r = -1; r < rounds; r++) {
    // round -1 warms up the JIT and the per-site facet cache, and is not measured
    for (const step of steps) {
      state = step(state);
      const cpu = process.cpuUsage();
      const t = performance.now();
      applyFilters(sites, state);
      facetCounts(sites, state);
      const wall = performance.now() - t;
      const used = process.cpuUsage(cpu);
      if (r >= 0) {
        times.push(wall);
        cpuTimes.push((used.user + used.system) / 1000);
      }
    }
    await Promise.resolve();
  }
  const goalMs = 16;
  const p95 = percentile(times, 0.95);
  return {
    name: 'filters',
    sites: count,
    steps: times.length,
    medianMs: round(percentile(times, 0.5)),
    p95Ms: round(p95),
    maxMs: round(Math.max(...times)),
    cpuMedianMs: round(percentile(cpuTimes, 0.5)),
    cpuP95Ms: round(percentile(cpuTimes, 0.95)),
    goalMs,
    pass: p95 < goalMs,
    cpus: cpus().length,
    loadAvg1m: round(loadavg()[0] ?? 0),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runFilterBench();
  console.log(
    `filters over ${result.sites} sites: applyFilters + facetCounts per toggle median ${result.medianMs} ms, ` +
      `p95 ${result.p95Ms} ms, max ${result.maxMs} ms (CPU median ${result.cpuMedianMs} ms, p95 ${result.cpuP95Ms} ms) (goal < ${result.goalMs} ms: ${result.pass ? 'PASS' : 'FAIL'}); ` +
      `machine: ${result.cpus} CPUs, load average ${result.loadAvg1m}`,
  );
  console.log(JSON.stringify(result));
}
