/**
 * npm run bench: build the app, build the floor (bench/floor: React + MapLibre drawing the same basemap and sites,
 * nothing else), serve both, and measure in headless Chromium (Debian's, through scripts/lib/browser.ts):
 *   (a)/(b) first-load JavaScript (gzip -9 of every JS response until the map is idle with its sites drawn),
 *           time from navigation to that moment (median of 5 cold loads), the ratio of ours to the floor's,
 *           and the JS heap after load;
 *   (c) search and filter time per keystroke/toggle over 10,000 synthetic sites (bench/search|filters.bench.ts);
 *   (d) the route optimiser on 30 stops (bench/optimize.bench.ts);
 *   (e) road routing: one leg, the 12-point road-minute matrix, the graph size and the precache total (bench/routing.bench.ts,
 *       the router in Node), and the same matrix in the browser (bench/routing-browser.ts: the real worker behind a tap
 *       on "Tối ưu thứ tự" at a phone viewport, main-thread long tasks while it computes; BENCH_ROUTING_RUNS=5);
 *   (f) issue 16's slow phone (bench/slow-phone.ts: 1.6 Mbps, 150 ms RTT, CPU 4×; median of BENCH_SLOW_RUNS=3 cold
 *       loads): the site page's name against the SPA's, the home page's first text against the HTML-shell baseline,
 *       the map, layout shifts, blank frames and the header's move when the app takes over.
 * Prints a table and writes bench/results.json. Goals: JS ≤ floor + 90 KB, idle ≤ 1.3 × floor, keystroke < 16 ms,
 * and the slow-phone goals (SLOW_GOALS). `--no-build` uses the current dist/; `--slow-only` runs (f) alone and
 * `--routing-only` runs (e) alone; each replaces only its part of bench/results.json.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, preview, type PreviewServer } from 'vite';
import { launchBrowser, openPage, type Browser } from '../scripts/lib/browser.ts';
import { waitForSitesDrawn } from './map-drawn.ts';
import { runSlowPhoneBench, SLOW_GOALS, SLOW_PHONE, type SlowPhoneResult } from './slow-phone.ts';
import { runSearchBench } from './search.bench.ts';
import { runFilterBench } from './filters.bench.ts';
import { runOptimizeBench } from './optimize.bench.ts';
import { ROUTING_GOALS, runRoutingBench, type RoutingBenchResult } from './routing.bench.ts';
import { median, r1 } from './stats.ts';
import { ROUTING_BROWSER_GOALS, runRoutingBrowserBench, type RoutingBrowserResult } from './routing-browser.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const lastRun = join(repo, 'bench/last-run');
const floorDist = join(lastRun, 'floor-dist');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const SLOW_RUNS = Number(process.env['BENCH_SLOW_RUNS'] ?? 3);
const ROUTING_RUNS = Number(process.env['BENCH_ROUTING_RUNS'] ?? 5);
const KB = 1024;
/** The same viewport for both pages: a phone. */
const VIEWPORT = { width: 390, height: 844 };

export const GOALS = { extraJsKb: 90, idleRatio: 1.3, keystrokeMs: 16 } as const;


async function buildFloor(): Promise<void> {
  rmSync(floorDist, { recursive: true, force: true });
  await build({
    configFile: false,
    root: join(repo, 'bench/floor'),
    base: './',
    publicDir: join(repo, 'public'),
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: floorDist, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  mkdirSync(join(floorDist, 'content'), { recursive: true });
  copyFileSync(join(repo, 'dist/content/sites.geojson'), join(floorDist, 'content/sites.geojson'));
}

async function serve(root: string, outDir: string, configFile: string | false): Promise<PreviewServer> {
  const server = await preview({
    root,
    configFile,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  return server;
}

function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  return url;
}

export interface LoadFigures {
  /** gzip -9 bytes of every JavaScript response (modules and the map worker) until idle. */
  jsGzipBytes: number;
  jsFiles: number;
  /** Each JavaScript file of the load: name (hash removed) and gzip -9 bytes, largest first. */
  files: Array<{ name: string; gzipBytes: number }>;
  idleMs: number;
  heapMb: number;
}

/**
 * One cold load (a fresh context: empty cache): navigation → the map idle, its tiles loaded and at least one site
 * (point or cluster) drawn. `mapExpr` says where the page keeps its MapLibre map (the app's test hook, or the floor's).
 */
async function measureLoad(browser: Browser, url: string, mapExpr: 'app' | 'floor'): Promise<LoadFigures> {
  const { page, context } = await openPage(browser, { viewport: VIEWPORT });
  const bodies: Promise<{ name: string; body: Buffer } | null>[] = [];
  page.on('response', (res) => {
    const u = res.url().split('?')[0] ?? '';
    const name = (u.split('/').pop() ?? u).replace(/-[\w-]{8}(\.m?js)$/, '$1');
    if (/\.(m?js)$/.test(u)) bodies.push(res.body().then((body) => ({ name, body }), () => null));
  });
  await page.goto(url);
  const idleMs = await waitForSitesDrawn(page, mapExpr);
  const loaded = (await Promise.all(bodies)).filter((b): b is { name: string; body: Buffer } => b !== null);
  const files = loaded.map(({ name, body }) => ({ name, gzipBytes: gzipSync(body, { level: 9 }).length })).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const jsGzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  const heap = await page.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  });
  await context.close();
  return { jsGzipBytes, jsFiles: files.length, files, idleMs, heapMb: r1(heap / (KB * KB)) };
}

interface Row {
  measure: string;
  floor: string;
  app: string;
  goal: string;
  pass: boolean | null;
}

const ms = (x: number | null) => (x === null ? '–' : `${Math.round(x)} ms`);

/** The slow-phone rows: the measured figure in "our app", the baseline it is held against in "floor". */
export function slowRows(s: SlowPhoneResult): Row[] {
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? ` (× ${(a / b).toFixed(2)})` : '');
  const p = `slow phone (${SLOW_PHONE.downloadThroughput * 8 / 1e6} Mbps, ${SLOW_PHONE.latencyMs} ms RTT, CPU ${SLOW_PHONE.cpuSlowdown}×, median of ${s.runs})`;
  return [
    { measure: `${p}: site name painted, dia-diem/${s.siteId}/ vs SPA ?site=`, floor: `SPA ${ms(s.spa.nameMs)}`, app: `${ms(s.sitePage.nameMs)}${ratio(s.sitePage.nameMs, s.spa.nameMs)}`, goal: `≤ ${SLOW_GOALS.nameRatio} × SPA`, pass: s.verdicts.name },
    { measure: 'slow phone: home first text (FCP) vs HTML-shell baseline', floor: `shell ${ms(s.shell.fcpMs)}`, app: `${ms(s.home.fcpMs)}${ratio(s.home.fcpMs, s.shell.fcpMs)}`, goal: `≤ ${SLOW_GOALS.firstTextRatio} × shell`, pass: s.verdicts.firstText },
    { measure: "slow phone: home first text vs the issue's 3.4 s", floor: `${SLOW_GOALS.issueFirstTextMs} ms (issue)`, app: ms(s.home.fcpMs), goal: `≤ ${SLOW_GOALS.firstTextRatio * SLOW_GOALS.issueFirstTextMs} ms`, pass: s.verdicts.firstTextVsIssue },
    { measure: 'slow phone: first paint of a one-heading page (the floor here)', floor: '', app: ms(s.floorFcpMs), goal: '(informative)', pass: null },
    { measure: 'slow phone: home map drawn with sites', floor: `shell ${ms(s.shell.mapMs)}`, app: ms(s.home.mapMs), goal: '(informative)', pass: null },
    { measure: 'slow phone: home HTML carries the site list (name, commune, category)', floor: '', app: s.verdicts.listInHtml ? 'yes' : 'no', goal: 'yes', pass: s.verdicts.listInHtml },
    { measure: 'slow phone: layout shift (CLS, worst run) home / site page', floor: `shell ${s.shell.clsMax.toFixed(3)}`, app: `${s.home.clsMax.toFixed(3)} / ${s.sitePage.clsMax.toFixed(3)}`, goal: `≤ ${SLOW_GOALS.cls}`, pass: s.verdicts.cls },
    { measure: 'slow phone: blank frames after the first text (flash)', floor: '', app: String(s.home.blankFramesMax), goal: '0', pass: s.verdicts.noFlash },
    { measure: 'slow phone: header bar moves when the app takes over the list', floor: '', app: s.home.headerMovePx === null ? 'not seen' : `${s.home.headerMovePx} px (takeover at ${ms(s.home.takeoverMs)})`, goal: '0 px', pass: s.verdicts.noJump },
  ];
}

/** The road-routing rows: the router in Node, then the real worker in the browser. */
export function routingRows(routing: RoutingBenchResult, browser: RoutingBrowserResult): Row[] {
  const b = browser;
  const longest = (x: number | null) => (x === null ? 'none > 50 ms' : `longest ${x} ms`);
  const p = `phone viewport, worst of ${b.runs}`;
  return [
    { measure: 'road route, one leg (p95 of 300, router in Node)', floor: '', app: `${routing.legP95Ms} ms (median ${routing.legMedianMs})`, goal: `≤ ${ROUTING_GOALS.legP95Ms} ms`, pass: routing.legP95Ms <= ROUTING_GOALS.legP95Ms },
    { measure: 'road-minute matrix, 12 points (worst of 5, router in Node)', floor: '', app: `${routing.matrixMaxMs} ms (median ${routing.matrixMedianMs})`, goal: `≤ ${ROUTING_GOALS.matrixMs} ms`, pass: routing.matrixMaxMs <= ROUTING_GOALS.matrixMs },
    { measure: `road-minute matrix, 12 points, in the browser's routing worker (its own time, ${p})`, floor: '', app: b.workerMatrixMs.max === null ? 'not seen' : `${b.workerMatrixMs.max} ms (median ${b.workerMatrixMs.median}; post → reply ${b.roundTripMs.max} ms)`, goal: `≤ ${ROUTING_BROWSER_GOALS.matrixMs} ms`, pass: b.workerMatrixMs.max !== null && b.workerMatrixMs.max <= ROUTING_BROWSER_GOALS.matrixMs },
    { measure: `road-minute matrix: main-thread tasks > 50 ms while the worker computes (request posted → reply, ${p})`, floor: '', app: `${b.overWhileComputingMax} (${longest(b.longestWhileComputingMs)})`, goal: `0 (none > ${ROUTING_BROWSER_GOALS.longTaskMs} ms)`, pass: b.overWhileComputingMax === 0 },
    { measure: `road optimise, tap "Tối ưu thứ tự" → new order shown (incl. optimiser code load + React render, ${p})`, floor: '', app: `${b.tapToResultMs.max} ms (median ${b.tapToResultMs.median}); tasks > 50 ms: ${b.overTapToResultMax} (${longest(b.longestTapToResultMs)})`, goal: '(informative)', pass: null },
    { measure: 'road graph (gzip -9)', floor: '', app: `${routing.graphGzipKb} KB`, goal: `≤ ${ROUTING_GOALS.graphGzipKb} KB`, pass: routing.graphGzipKb <= ROUTING_GOALS.graphGzipKb },
    { measure: 'offline precache (service worker)', floor: '', app: `${routing.precacheMb} MB`, goal: `≤ ${ROUTING_GOALS.precacheMb} MB`, pass: routing.precacheMb <= ROUTING_GOALS.precacheMb },
  ];
}
const isRoutingRow = (r: Row) => r.measure.startsWith('road') || r.measure.startsWith('offline precache');

async function routingOnly(): Promise<void> {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: repo, stdio: 'inherit' });
  // The machine's load before this part starts (others' work), and at its end (this bench's own processes included).
  const loadBefore = r1(loadavg()[0] ?? 0);
  const routing = runRoutingBench(join(repo, 'dist'));
  const app = await serve(repo, 'dist', join(repo, 'vite.config.ts'));
  const browser = await launchBrowser();
  let inBrowser: RoutingBrowserResult;
  try {
    inBrowser = await runRoutingBrowserBench(browser, urlOf(app), repo, ROUTING_RUNS, (x) => process.stdout.write(x));
  } finally {
    await browser.close();
    await app.close();
  }
  const file = join(repo, 'bench/results.json');
  const old = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as { table?: Row[] };
  const rows = routingRows(routing, inBrowser);
  const oldTable = old.table ?? [];
  const at = oldTable.findIndex(isRoutingRow);
  const kept = oldTable.filter((r) => !isRoutingRow(r));
  const table = at < 0 ? [...kept, ...rows] : [...kept.slice(0, at), ...rows, ...kept.slice(at)];
  printTable(rows);
  const results = { ...old, routingDate: new Date().toISOString(), routingLoadAvg1m: { before: loadBefore, after: r1(loadavg()[0] ?? 0) }, routing: { ...routing, browser: inBrowser }, table, pass: table.every((r) => r.pass !== false) };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const ok = rows.every((r) => r.pass !== false);
  console.log(`\nwrote bench/results.json (routing only) – ${ok ? 'routing goals met' : 'SOME ROUTING GOALS MISSED'}`);
  if (!ok) process.exitCode = 1;
}

async function slowOnly(): Promise<void> {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: repo, stdio: 'inherit' });
  const browser = await launchBrowser();
  let slow: SlowPhoneResult;
  try {
    slow = await runSlowPhoneBench(browser, repo, SLOW_RUNS, (x) => process.stdout.write(x));
  } finally {
    await browser.close();
  }
  const file = join(repo, 'bench/results.json');
  const old = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as { table?: Row[] };
  const rows = slowRows(slow);
  const table = [...(old.table ?? []).filter((r) => !r.measure.startsWith('slow phone')), ...rows];
  printTable(rows);
  const results = { ...old, slowPhoneDate: new Date().toISOString(), slowPhone: slow, table, pass: table.every((r) => r.pass !== false) };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote bench/results.json (slow phone only) – ${rows.every((r) => r.pass !== false) ? 'slow-phone goals met' : 'SOME SLOW-PHONE GOALS MISSED'}`);
  if (!rows.every((r) => r.pass !== false)) process.exitCode = 1;
}

async function main(): Promise<void> {
  if (process.argv.includes('--slow-only')) return slowOnly();
  if (process.argv.includes('--routing-only')) return routingOnly();
  const skipBuild = process.argv.includes('--no-build');
  if (!skipBuild) execSync('npm run build', { cwd: repo, stdio: 'inherit' });
  await buildFloor();
  const app = await serve(repo, 'dist', join(repo, 'vite.config.ts'));
  const floor = await serve(join(repo, 'bench/floor'), floorDist, false);
  const browser = await launchBrowser(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  const appRuns: LoadFigures[] = [];
  const floorRuns: LoadFigures[] = [];
  let routingBrowser: RoutingBrowserResult;
  try {
    // One warm-up each (disk cache of the OS, JIT of the browser), then interleaved cold loads.
    await measureLoad(browser, urlOf(floor), 'floor');
    await measureLoad(browser, urlOf(app), 'app');
    for (let i = 0; i < RUNS; i++) {
      floorRuns.push(await measureLoad(browser, urlOf(floor), 'floor'));
      appRuns.push(await measureLoad(browser, urlOf(app), 'app'));
      process.stdout.write(`load ${i + 1}/${RUNS}: floor ${r1(floorRuns[i]!.idleMs)} ms, app ${r1(appRuns[i]!.idleMs)} ms\n`);
    }
    process.stdout.write('routing in the browser…\n');
    routingBrowser = await runRoutingBrowserBench(browser, urlOf(app), repo, ROUTING_RUNS, (x) => process.stdout.write(x));
    process.stdout.write('slow-phone profile…\n');
  } finally {
    await app.close();
    await floor.close();
  }
  let slow: SlowPhoneResult;
  try {
    slow = await runSlowPhoneBench(browser, repo, SLOW_RUNS, (x) => process.stdout.write(x));
  } finally {
    await browser.close();
  }
  const search = await runSearchBench();
  const filters = await runFilterBench();
  const optimize = runOptimizeBench();
  const routing = runRoutingBench(join(repo, 'dist'));

  const floorJs = median(floorRuns.map((r) => r.jsGzipBytes));
  const appJs = median(appRuns.map((r) => r.jsGzipBytes));
  const floorIdle = median(floorRuns.map((r) => r.idleMs));
  const appIdle = median(appRuns.map((r) => r.idleMs));
  const ratio = appIdle / floorIdle;
  const extraKb = (appJs - floorJs) / KB;
  const rows: Row[] = [
    { measure: 'first-load JS (gzip -9)', floor: `${r1(floorJs / KB)} KB`, app: `${r1(appJs / KB)} KB (+${r1(extraKb)} KB)`, goal: `≤ floor + ${GOALS.extraJsKb} KB`, pass: extraKb <= GOALS.extraJsKb },
    { measure: 'JS files until idle', floor: String(median(floorRuns.map((r) => r.jsFiles))), app: String(median(appRuns.map((r) => r.jsFiles))), goal: '', pass: null },
    { measure: `navigation → map idle with sites (median of ${RUNS})`, floor: `${r1(floorIdle)} ms`, app: `${r1(appIdle)} ms (× ${ratio.toFixed(2)})`, goal: `≤ ${GOALS.idleRatio} × floor`, pass: ratio <= GOALS.idleRatio },
    { measure: 'JS heap after load (median)', floor: `${median(floorRuns.map((r) => r.heapMb))} MB`, app: `${median(appRuns.map((r) => r.heapMb))} MB`, goal: '', pass: null },
    { measure: `search per keystroke, ${search.sites} sites (p95)`, floor: '', app: `${search.p95Ms} ms (median ${search.medianMs}, max ${search.maxMs})`, goal: `< ${GOALS.keystrokeMs} ms`, pass: search.p95Ms < GOALS.keystrokeMs },
    ...(search.dense ? [{ measure: 'search per keystroke, dense worst case (p95)', floor: '', app: `${search.dense.p95Ms} ms`, goal: '(informative)', pass: null }] : []),
    { measure: `filter toggle, ${filters.sites} sites (p95)`, floor: '', app: `${filters.p95Ms} ms (median ${filters.medianMs})`, goal: `< ${GOALS.keystrokeMs} ms`, pass: filters.p95Ms < GOALS.keystrokeMs },
    { measure: `route optimiser, ${optimize.stops} stops (median of ${optimize.runs})`, floor: '', app: `${r1(optimize.medianMs)} ms (max ${r1(optimize.maxMs)})`, goal: `< ${optimize.goalMs} ms`, pass: optimize.pass },
    ...routingRows(routing, routingBrowser),
    ...slowRows(slow),
  ];
  printTable(rows);
  const last = appRuns[appRuns.length - 1];
  if (last) console.log(`\napp first-load JS files (gzip -9): ${last.files.map((f) => `${f.name} ${r1(f.gzipBytes / KB)} KB`).join(', ')}`);
  const lastFloor = floorRuns[floorRuns.length - 1];
  if (lastFloor) console.log(`floor JS files (gzip -9): ${lastFloor.files.map((f) => `${f.name} ${r1(f.gzipBytes / KB)} KB`).join(', ')}`);
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', loadAvg1m: r1(loadavg()[0] ?? 0), browser: 'Debian Chromium, headless, SwiftShader WebGL' },
    viewport: VIEWPORT,
    runs: RUNS,
    goals: GOALS,
    load: {
      floor: { jsGzipBytes: floorJs, idleMs: r1(floorIdle), runs: floorRuns },
      app: { jsGzipBytes: appJs, idleMs: r1(appIdle), runs: appRuns },
      extraJsKb: r1(extraKb),
      idleRatio: Math.round(ratio * 100) / 100,
    },
    search,
    filters,
    optimize,
    routing: { ...routing, browser: routingBrowser },
    slowPhone: slow,
    table: rows,
    pass: rows.every((r) => r.pass !== false),
  };
  writeFileSync(join(repo, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote bench/results.json – ${results.pass ? 'all goals met' : 'SOME GOALS MISSED'}`);
  if (!results.pass) process.exitCode = 1;
}

function printTable(rows: Row[]): void {
  const head: Row = { measure: 'measure', floor: 'floor (React + MapLibre)', app: 'our app', goal: 'goal', pass: null };
  const cells = (r: Row) => [r.measure, r.floor, r.app, r.goal, r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL'];
  const all = [head, ...rows].map(cells);
  const widths = all[0]!.map((_, i) => Math.max(...all.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${line(all[0]!)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of all.slice(1)) console.log(line(c));
}

await main();
