/**
 * npm run soak: a day of kiosk idling, compressed. Serves the built app (dist/, build it first), opens the kiosk
 * in Debian's Chromium (software WebGL) with tiny delays, and runs 500 cycles of: a touch, the attract loop
 * touring featured sites (camera flights), the countdown, the reset to the home screen. Reports the JS heap
 * (after forced garbage collection), DOM nodes and event listeners before and after, and the growth, and writes
 * bench/soak-results.json. Goal: heap growth under 5 %.
 *
 *   npm run soak                 # 500 cycles
 *   npm run soak -- --cycles 100 # fewer
 *   npm run soak -- --dist /tmp/build  # another build directory
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { launchBrowser, openPage, VIEWPORTS, type Page } from '../tests/e2e/helper.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const argCycles = process.argv.indexOf('--cycles');
const CYCLES = argCycles > 0 ? Math.max(1, Number(process.argv[argCycles + 1]) || 500) : 500;
const argDist = process.argv.indexOf('--dist');
/** The build to serve: dist/ (or --dist <dir>, e.g. a private build while others rebuild dist/). */
const DIST = argDist > 0 ? (process.argv[argDist + 1] ?? 'dist') : 'dist';
const WARMUP = 50;
const BATCH = 50;
// Seconds: attract after 50 ms idle, 100 ms per featured site, countdown at 350 ms for 100 ms, then the reset.
const QUERY = '?mode=kiosk&attract=0.05&dwell=0.1&reset=0.35&countdown=0.1';

if (!existsSync(`${DIST.startsWith('/') ? DIST : `${root}/${DIST}`}/index.html`)) {
  console.error('dist/ is missing: run `npm run build` (or `npx vite build`) first.');
  process.exit(1);
}

interface Sample {
  heapUsed: number;
  heapTotal: number;
  domNodes: number;
  listeners: number;
  documents: number;
  pendingTimers: number;
  stats: { attractStarts: number; attractSteps: number; countdowns: number; resets: number };
}

/**
 * The in-page loop, as source text: tsx (esbuild keepNames) would wrap named functions in a `__name` helper that
 * does not exist in the page. Per cycle: a synthetic touch, then two attract steps and a reset.
 */
const CYCLES_IN_PAGE = `async (count) => {
  const k = window.__redAddressKiosk;
  if (!k) throw new Error('kiosk hook missing');
  const until = (ok, what) => new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (ok()) resolve();
      else if (performance.now() - started > 30000) reject(new Error('soak: timed out waiting for ' + what));
      else setTimeout(poll, 5);
    };
    poll();
  });
  const target = document.querySelector('.app-header h1') || document.body;
  for (let i = 0; i < count; i++) {
    const resets = k.stats.resets;
    const steps = k.stats.attractSteps;
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    await until(() => k.stats.attractSteps >= steps + 2, 'the attract loop');
    await until(() => k.stats.resets > resets, 'the reset');
  }
}`;

async function runCycles(page: Page, n: number): Promise<void> {
  await page.evaluate(`(${CYCLES_IN_PAGE})(${n})`);
}

async function sample(page: Page): Promise<Sample> {
  // Measure a quiet page, the same each time: the idle clock paused in the `active` phase (no tour, no timers), the
  // camera at the home view and every tile of it loaded. Measuring mid-tour counted whatever tiles and worker
  // messages happened to be in flight (samples jumped by 1 MB either way).
  await page.evaluate(`(() => {
    const k = window.__redAddressKiosk;
    k.pause();
    const home = k.config().home;
    window.__redAddressMap.map.fitBounds(home.bounds, { padding: 24, duration: 0 });
  })()`);
  await page.waitForFunction(() => window.__redAddressKiosk?.phase() === 'active' && document.querySelector('.attract-card') === null, undefined, {
    polling: 5,
    timeout: 30_000,
  });
  await page.evaluate('window.__redAddressMap.idle()');
  await page.waitForTimeout(300);
  const cdp = await page.context().newCDPSession(page);
  // Collect garbage twice (weak maps, finalizers).
  await page.evaluate('globalThis.gc && globalThis.gc()');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  const kiosk = (await page.evaluate(
    '({ pendingTimers: window.__redAddressKiosk.pendingTimers(), stats: { ...window.__redAddressKiosk.stats } })',
  )) as Pick<Sample, 'pendingTimers' | 'stats'>;
  await page.evaluate('window.__redAddressKiosk.resume()');
  return { heapUsed: heap.usedSize, heapTotal: heap.totalSize, domNodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents, ...kiosk };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

const server = await preview({ root, build: { outDir: DIST }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await launchBrowser(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
const started = Date.now();
try {
  const { page, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.kiosk });
  await page.goto(base + QUERY);
  await page.waitForFunction(() => window.__redAddressMap !== undefined && window.__redAddressKiosk !== undefined, undefined, { timeout: 180_000 });
  console.log(`soak: kiosk open at ${base}${QUERY}; warming up (${WARMUP} cycles)…`);
  await runCycles(page, WARMUP);
  const before = await sample(page);
  console.log(`soak: before: heap ${mb(before.heapUsed)}, ${before.domNodes} DOM nodes, ${before.listeners} listeners`);
  const t0 = Date.now();
  const series: Array<{ cycles: number; heapBytes: number; domNodes: number; listeners: number }> = [{ cycles: 0, heapBytes: before.heapUsed, domNodes: before.domNodes, listeners: before.listeners }];
  for (let done = 0; done < CYCLES; done += BATCH) {
    const n = Math.min(BATCH, CYCLES - done);
    await runCycles(page, n);
    const now = await sample(page);
    series.push({ cycles: done + n, heapBytes: now.heapUsed, domNodes: now.domNodes, listeners: now.listeners });
    console.log(`soak: ${done + n}/${CYCLES} cycles, ${((Date.now() - t0) / 1000).toFixed(0)} s, heap after GC ${mb(now.heapUsed)}, ${now.domNodes} nodes, ${now.listeners} listeners`);
  }
  const seconds = (Date.now() - t0) / 1000;
  const after = await sample(page);
  const growth = ((after.heapUsed - before.heapUsed) / before.heapUsed) * 100;
  // Leak or warm-up? The second half's slope says: a leak keeps growing, caches and JIT code level off.
  const mid = series[Math.floor(series.length / 2)] ?? series[0]!;
  const secondHalfGrowth = ((after.heapUsed - mid.heapBytes) / mid.heapBytes) * 100;
  const result = {
    date: new Date().toISOString(),
    cycles: CYCLES,
    warmupCycles: WARMUP,
    query: QUERY,
    viewport: VIEWPORTS.kiosk,
    seconds: Math.round(seconds),
    msPerCycle: Math.round((seconds * 1000) / CYCLES),
    heapBeforeBytes: before.heapUsed,
    heapAfterBytes: after.heapUsed,
    heapGrowthPercent: Number(growth.toFixed(2)),
    secondHalf: { fromCycle: mid.cycles, heapGrowthPercent: Number(secondHalfGrowth.toFixed(2)) },
    series,
    goalPercent: 5,
    pass: growth < 5,
    domNodes: { before: before.domNodes, after: after.domNodes },
    jsEventListeners: { before: before.listeners, after: after.listeners },
    documents: { before: before.documents, after: after.documents },
    pendingIdleTimers: { before: before.pendingTimers, after: after.pendingTimers },
    counted: {
      attractStarts: after.stats.attractStarts - before.stats.attractStarts,
      attractSteps: after.stats.attractSteps - before.stats.attractSteps,
      countdowns: after.stats.countdowns - before.stats.countdowns,
      resets: after.stats.resets - before.stats.resets,
    },
    pageErrors,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', loadAverage: loadavg().map((l) => Number(l.toFixed(2))), chromium: browser.version() },
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(`${root}/bench/soak-results.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `soak: ${CYCLES} cycles in ${result.seconds} s; heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} (${growth >= 0 ? '+' : ''}${growth.toFixed(2)} %, goal < 5 %); ` +
      `second half ${secondHalfGrowth >= 0 ? '+' : ''}${secondHalfGrowth.toFixed(2)} %; DOM nodes ${before.domNodes} → ${after.domNodes}; listeners ${before.listeners} → ${after.listeners}; resets ${result.counted.resets}; ` +
      `page errors ${pageErrors.length}. Written to bench/soak-results.json`,
  );
  if (!result.pass) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
