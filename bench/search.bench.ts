/**
 * Search-as-you-type bench: 10,000 synthetic sites, queries typed one character at a time.
 * Goal: p95 < 16 ms per keystroke (one frame). Run: npx tsx bench/search.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { buildSearchIndex, search, suggest } from '../src/domain/explore/search-index.ts';
import { percentile, round, syntheticSites } from './synthetic-sites.ts';

export interface SearchBenchResult {
  name: 'search';
  sites: number;
  buildMs: number;
  keystrokes: number;
  searchMedianMs: number;
  searchP95Ms: number;
  searchMaxMs: number;
  suggestMedianMs: number;
  suggestP95Ms: number;
  goalMs: number;
  pass: boolean;
}

const QUERIES = ['Định Hóa', 'dien bien phu', 'nha tu chinh tri', 'tin keo', 'Bảo tàng', 'ATK', 'khu di tich', 'nguyen ai quoc'];

export async function runSearchBench(opts: { sites?: number; rounds?: number } = {}): Promise<SearchBenchResult> {
  const count = opts.sites ?? 10_000;
  const rounds = opts.rounds ?? 5;
  const { sites, stories } = syntheticSites(count);

  const t0 = performance.now();
  const index = buildSearchIndex(sites, stories);
  const buildMs = performance.now() - t0;

  // Warm-up so the JIT has seen the hot paths.
  for (const q of QUERIES) search(index, q, { limit: 20 });

  const searchTimes: number[] = [];
  const suggestTimes: number[] = [];
  for (let round_ = 0; round_ < rounds; round_++) {
    for (const q of QUERIES) {
      for (let i = 1; i <= q.length; i++) {
        const typed = q.slice(0, i);
        const a = performance.now();
        search(index, typed, { limit: 20 });
        const b = performance.now();
        suggest(index, typed, { limit: 8 });
        const c = performance.now();
        searchTimes.push(b - a);
        suggestTimes.push(c - b);
      }
      await Promise.resolve(); // let a caller's event loop breathe between queries
    }
  }
  const goalMs = 16;
  const searchP95Ms = percentile(searchTimes, 0.95);
  return {
    name: 'search',
    sites: count,
    buildMs: round(buildMs),
    keystrokes: searchTimes.length,
    searchMedianMs: round(percentile(searchTimes, 0.5)),
    searchP95Ms: round(searchP95Ms),
    searchMaxMs: round(Math.max(...searchTimes)),
    suggestMedianMs: round(percentile(suggestTimes, 0.5)),
    suggestP95Ms: round(percentile(suggestTimes, 0.95)),
    goalMs,
    pass: searchP95Ms < goalMs,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runSearchBench();
  console.log(
    `search over ${result.sites} sites: index built in ${result.buildMs} ms; per keystroke median ${result.searchMedianMs} ms, ` +
      `p95 ${result.searchP95Ms} ms, max ${result.searchMaxMs} ms (goal < ${result.goalMs} ms: ${result.pass ? 'PASS' : 'FAIL'}); ` +
      `suggest median ${result.suggestMedianMs} ms, p95 ${result.suggestP95Ms} ms`,
  );
  console.log(JSON.stringify(result));
}
