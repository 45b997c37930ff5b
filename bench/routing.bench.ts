/**
 * npx tsx bench/routing.bench.ts (after `npm run build`; also part of `npm run bench`)
 * The road router as the routing worker runs it (same modules, in Node rather than inside Chromium's worker):
 * one leg route between located sites (p95 of 300 after a warm-up), the road-minute matrix of a 12-point plan
 * (start + 11 stops; worst of 5), the graph's size gzipped, and the service worker's precache total.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodeGraph } from '../src/domain/routing/graph-codec.ts';
import { GRAPH_PATH } from '../src/domain/routing/graph-format.ts';
import { createRouter } from '../src/domain/routing/router.ts';
import { seededRandom } from '../tests/support/seeded-random.ts';
import { r1 } from './stats.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
export const ROUTING_GOALS = { legP95Ms: 20, matrixMs: 400, graphGzipKb: 300, precacheMb: 20 } as const;

export interface RoutingBenchResult {
  legP95Ms: number;
  legMedianMs: number;
  matrixMaxMs: number;
  matrixMedianMs: number;
  graphGzipKb: number;
  precacheMb: number;
  routerSetupMs: number;
  pass: boolean;
}

type P = [number, number];

function sitePoints(): P[] {
  const fc = JSON.parse(readFileSync(join(repo, 'data/sites.geojson'), 'utf8')) as { features: { geometry: { coordinates: P } | null }[] };
  const pts = fc.features.flatMap((f) => (f.geometry === null ? [] : [f.geometry.coordinates]));
  // Distinct points only (several sites share a placeholder).
  return [...new Map(pts.map((p) => [p.join(), p])).values()];
}

/** Sum of the files the service worker precaches (its injected manifest lists their URLs). */
function precacheBytes(dist: string): number {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] as string));
  let total = 0;
  for (const u of urls) {
    try {
      total += statSync(join(dist, decodeURIComponent(u))).size;
    } catch {
      /* a URL without a file (e.g. a navigation fallback) */
    }
  }
  return total;
}

const pct = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

export function runRoutingBench(dist = join(repo, 'dist')): RoutingBenchResult {
  const text = readFileSync(join(dist, GRAPH_PATH), 'utf8');
  const t0 = performance.now();
  const decoded = decodeGraph(JSON.parse(text));
  if (!decoded.ok) throw new Error(decoded.message);
  const router = createRouter(decoded.graph);
  const routerSetupMs = performance.now() - t0;

  const pts = sitePoints();
  const rnd = seededRandom(12);
  const pick = (): P => pts[Math.floor(rnd() * pts.length)] as P;
  for (let i = 0; i < 30; i++) router.route(pick(), pick(), 'coach');
  const legs: number[] = [];
  for (let i = 0; i < 300; i++) {
    const a = pick();
    const b = pick();
    const s = performance.now();
    router.route(a, b, 'coach');
    legs.push(performance.now() - s);
  }
  const matrix: number[] = [];
  for (let r = 0; r < 5; r++) {
    const plan: P[] = [[105.85, 21.6], ...Array.from({ length: 11 }, pick)];
    const s = performance.now();
    router.matrix(plan, 'coach');
    matrix.push(performance.now() - s);
  }
  const result = {
    legP95Ms: r1(pct(legs, 0.95)),
    legMedianMs: r1(pct(legs, 0.5)),
    matrixMaxMs: r1(Math.max(...matrix)),
    matrixMedianMs: r1(pct(matrix, 0.5)),
    graphGzipKb: r1(gzipSync(text, { level: 9 }).length / 1024),
    precacheMb: r1(precacheBytes(dist) / 1024 / 1024),
    routerSetupMs: r1(routerSetupMs),
  };
  const g = ROUTING_GOALS;
  return {
    ...result,
    pass: result.legP95Ms <= g.legP95Ms && result.matrixMaxMs <= g.matrixMs && result.graphGzipKb <= g.graphGzipKb && result.precacheMb <= g.precacheMb,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(runRoutingBench());
}
