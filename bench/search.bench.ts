/**
 * Search-as-you-type bench: 10,000 synthetic sites (with stories for half of them), queries typed one
 * character at a time, search() per keystroke. Goal: p95 < 16 ms per keystroke (one frame).
 * Runs the realistic text model (Zipf word frequencies) and, as a worst case, the dense one (every query word
 * hits most sites); `pass` is judged on the realistic run. Run: npx tsx bench/search.bench.ts
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { buildSearchIndex, search } from '../src/domain/explore/search-index.ts';
import { percentile, round, syntheticSites, type TextModel } from './synthetic-sites.ts';

export interface SearchFigures {
  text: TextModel;
  buildMs: number;
  keystrokes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Process CPU time per keystroke (search): less sensitive than wall time to other load on the machine. */
  cpuMedianMs: number;
  cpuP95Ms: number;
}

export interface SearchBenchResult extends SearchFigures {
  name: 'search';
  sites: number;
  goalMs: number;
  /** Realistic run's p95 under the goal. */
  pass: boolean;
  /** Same measurements on the dense worst-case corpus (not part of `pass`). */
  dense: SearchFigures | null;
  /** The machine, to read the figures against: logical CPUs and 1-minute load average at the end. */
  cpus: number;
  loadAvg1m: number;
}

const QUERIES = [
  'Định Hóa',
  'dien bien phu',
  'nha tu chinh tri',
  'tin keo',
  'Bảo tàng',
  'ATK',
  'khu di tich',
  'nguyen ai quoc',
  'Đèo De',
  'khang chien chong phap',
];

async function measure(count: number, rounds: number, text: TextModel): Promise<SearchFigures> {
  const { sites, stories } = syntheticSites(count, { text });
  const t0 = performance.now();
  const index = buildSearchIndex(sites, stories);
  const buildMs = performance.now() - t0;

  const searchTimes: number[] = [];
  const searchCpu: number[] = [];
  for (let r = -1; r < rounds; r++) {
    // round -1 warms up the JIT and is not measured
    for (const q of QUERIES) {
      // Each query starts cold: the per-word memo only helps within one typed query, as for a real user.
      index.memo.clear();
      for (let i = 1; i <= q.length; i++) {
        const typed = q.slice(0, i);
        const cpu = process.cpuUsage();
        const a = performance.now();
        search(index, typed, { limit: 20 });
        const b = performance.now();
        const used = process.cpuUsage(cpu);
        if (r >= 0) {
          searchTimes.push(b - a);
          searchCpu.push((used.user + used.system) / 1000);
        }
      }
      await Promise.resolve(); // let a caller's event loop breathe between queries
    }
  }
  return {
    text,
    buildMs: round(buildMs),
    keystrokes: searchTimes.length,
    medianMs: round(percentile(searchTimes, 0.5)),
    p95Ms: round(percentile(searchTimes, 0.95)),
    maxMs: round(Math.max(...searchTimes)),
    cpuMedianMs: round(percentile(searchCpu, 0.5)),
    cpuP95Ms: round(percentile(searchCpu, 0.95)),
  };
}

export async function runSearchBench(
  opts: { sites?: number; rounds?: number; dense?: boolean } = {},
): Promise<SearchBenchResult> {
  const count = opts.sites ?? 10_000;
  const rounds = opts.rounds ?? 5;
  const goalMs = 16;
  const realistic = await measure(count, rounds, 'zipf');
  const dense = (opts.dense ?? true) ? await measure(count, rounds, 'dense') : null;
  return {
    name: 'search',
    sites: count,
    ...realistic,
    goalMs,
    pass: realistic.p95Ms < goalMs,
    dense,
    cpus: cpus().length,
    loadAvg1m: round(loadavg()[0] ?? 0),
  };
}

function describe(f: SearchFigures): string {
  return (
    `[${f.text}] index built in ${f.buildMs} ms; per keystroke (${f.keystrokes}) median ${f.medianMs} ms, ` +
    `p95 ${f.p95Ms} ms, max ${f.maxMs} ms (CPU median ${f.cpuMedianMs} ms, p95 ${f.cpuP95Ms} ms)`
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runSearchBench();
  console.log(`search over ${result.sites} sites (goal p95 < ${result.goalMs} ms: ${result.pass ? 'PASS' : 'FAIL'})`);
  console.log(`  ${describe(result)}`);
  if (result.dense !== null) console.log(`  ${describe(result.dense)} (worst case)`);
  console.log(`  machine: ${result.cpus} CPUs, load average ${result.loadAvg1m}`);
  console.log(JSON.stringify(result));
}
