/**
 * npm run soak: a day of kiosk idling, compressed. Serves the built app (dist/, build it first), opens the kiosk
 * in Debian's Chromium (software WebGL) with tiny delays, and runs cycles of: a touch, the attract loop touring
 * featured sites (camera flights), the countdown, the reset to the home screen. Every 50 cycles it pauses the
 * kiosk on its home view and measures the JS heap (after forced garbage collection), DOM nodes and listeners.
 *
 * Warm-up, then 500 measured cycles. The warm-up is long (500 cycles) for a reason the heap snapshots show: V8
 * optimises a function only after hundreds of calls, and many of ours run once per cycle (the reset, the shell's
 * render), so compiled code keeps arriving for hundreds of cycles and then stops. To tell that apart from a leak,
 * heap snapshots at the start, the end of the warm-up and the end split the heap into V8's compiled code and
 * everything else (our objects, MapLibre's, React's). Goal: heap growth under 5 % over the measured cycles, and no
 * growth in objects, DOM nodes or listeners. Writes bench/soak-results.json.
 *
 *   npm run soak                          # 500 warm-up + 500 measured cycles (about 10 minutes)
 *   npm run soak -- --cycles 100 --warmup 50
 *   npm run soak -- --dist /tmp/build     # another build directory
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { launchBrowser, openPage, VIEWPORTS, type CDPSession, type Page } from '../scripts/lib/browser.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const count = (name: string, fallback: number): number => {
  const n = Number(arg(name));
  return Number.isInteger(n) && n >= 0 ? n : fallback;
};
const CYCLES = Math.max(1, count('--cycles', 500));
const BATCH = 50;
const WARMUP = Math.max(BATCH, count('--warmup', 500));
/** The build to serve: dist/ (or --dist <dir>, e.g. a private build while others rebuild dist/). */
const DIST = arg('--dist') ?? 'dist';
// Seconds: attract after 50 ms idle, 100 ms per featured site, countdown at 350 ms for 100 ms, then the reset.
const QUERY = '?mode=kiosk&attract=0.05&dwell=0.1&reset=0.35&countdown=0.1';

if (!existsSync(`${DIST.startsWith('/') ? DIST : `${root}/${DIST}`}/index.html`)) {
  console.error('dist/ is missing: run `npm run build` (or `npx vite build`) first.');
  process.exit(1);
}

interface Sample {
  heapUsed: number;
  heapTotal: number;
  /** V8's compiled code within heapUsed (from a heap snapshot; null when not taken). */
  codeBytes: number | null;
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

/** Bytes of V8's compiled code (heap snapshot nodes of type "code": machine code, bytecode, their metadata). */
async function compiledCodeBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.send('HeapProfiler.disable');
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (snapshot.nodes[i + typeAt] === code) bytes += snapshot.nodes[i + sizeAt] ?? 0;
  }
  return bytes;
}

async function sample(page: Page, withCode = false): Promise<Sample> {
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
  const codeBytes = withCode ? await compiledCodeBytes(cdp) : null;
  await cdp.detach();
  const kiosk = (await page.evaluate(
    '({ pendingTimers: window.__redAddressKiosk.pendingTimers(), stats: { ...window.__redAddressKiosk.stats } })',
  )) as Pick<Sample, 'pendingTimers' | 'stats'>;
  await page.evaluate('window.__redAddressKiosk.resume()');
  return { heapUsed: heap.usedSize, heapTotal: heap.totalSize, codeBytes, domNodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents, ...kiosk };
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
  console.log(`soak: kiosk open at ${base}${QUERY}; ${WARMUP} warm-up cycles, then ${CYCLES} measured`);
  const t0 = Date.now();
  type Point = { cycle: number; heapBytes: number; codeBytes: number | null; domNodes: number; listeners: number };
  const series: Point[] = [];
  const point = (cycle: number, s: Sample): Point => ({ cycle, heapBytes: s.heapUsed, codeBytes: s.codeBytes, domNodes: s.domNodes, listeners: s.listeners });
  let first: Sample | null = null;
  let before: Sample | null = null;
  let after: Sample | null = null;
  for (let done = 0; done < WARMUP + CYCLES; ) {
    const n = Math.min(BATCH, WARMUP + CYCLES - done);
    await runCycles(page, n);
    done += n;
    // Heap snapshots (for the compiled-code split) at the first sample, the end of the warm-up and the end.
    const now = await sample(page, done === BATCH || done === WARMUP || done === WARMUP + CYCLES);
    first ??= now;
    if (done === WARMUP) before = now;
    if (done === WARMUP + CYCLES) after = now;
    series.push(point(done, now));
    const code = now.codeBytes === null ? '' : ` (compiled code ${mb(now.codeBytes)})`;
    console.log(`soak: ${done}/${WARMUP + CYCLES} cycles${done <= WARMUP ? ' (warm-up)' : ''}, ${((Date.now() - t0) / 1000).toFixed(0)} s, heap after GC ${mb(now.heapUsed)}${code}, ${now.domNodes} nodes, ${now.listeners} listeners`);
  }
  if (!first || !before || !after) throw new Error('soak: no samples');
  const seconds = (Date.now() - t0) / 1000;
  const pct = (a: number, b: number) => Number((((b - a) / a) * 100).toFixed(2));
  const objects = (s: Sample) => s.heapUsed - (s.codeBytes ?? 0);
  const growth = pct(before.heapUsed, after.heapUsed);
  const objectsGrowth = pct(objects(before), objects(after));
  const flat = after.domNodes <= before.domNodes && after.listeners <= before.listeners;
  const result = {
    date: new Date().toISOString(),
    warmupCycles: WARMUP,
    cycles: CYCLES,
    query: QUERY,
    viewport: VIEWPORTS.kiosk,
    seconds: Math.round(seconds),
    msPerCycle: Math.round((seconds * 1000) / (WARMUP + CYCLES)),
    goal: 'JS heap growth under 5 % over the measured cycles; objects (heap minus compiled code), DOM nodes and listeners not growing',
    measured: {
      fromCycle: WARMUP,
      toCycle: WARMUP + CYCLES,
      heapBeforeBytes: before.heapUsed,
      heapAfterBytes: after.heapUsed,
      heapGrowthPercent: growth,
      compiledCodeBeforeBytes: before.codeBytes,
      compiledCodeAfterBytes: after.codeBytes,
      objectsGrowthPercent: objectsGrowth,
    },
    // The same from the first sample (cycle 50), warm-up included: how much of the growth is V8 compiling.
    fromFirstSample: {
      fromCycle: BATCH,
      heapGrowthPercent: pct(first.heapUsed, after.heapUsed),
      compiledCodeGrowthBytes: (after.codeBytes ?? 0) - (first.codeBytes ?? 0),
      objectsGrowthPercent: pct(objects(first), objects(after)),
    },
    pass: growth < 5 && objectsGrowth < 5 && flat,
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
    series,
    pageErrors,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', loadAverage: loadavg().map((l) => Number(l.toFixed(2))), chromium: browser.version() },
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(`${root}/bench/soak-results.json`, `${JSON.stringify(result, null, 2)}\n`);
  const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(2)} %`;
  console.log(
    `soak: cycles ${WARMUP} → ${WARMUP + CYCLES}: heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} (${signed(growth)}, goal < 5 %); ` +
      `without compiled code ${signed(objectsGrowth)}; DOM nodes ${before.domNodes} → ${after.domNodes}; listeners ${before.listeners} → ${after.listeners}; ` +
      `resets ${result.counted.resets}; page errors ${pageErrors.length}.\n` +
      `soak: from cycle ${BATCH} (warm-up included): heap ${signed(result.fromFirstSample.heapGrowthPercent)}, of which compiled code ` +
      `${mb(result.fromFirstSample.compiledCodeGrowthBytes)}; without compiled code ${signed(result.fromFirstSample.objectsGrowthPercent)}. ` +
      `${result.pass ? 'PASS' : 'MISSED'}. Written to bench/soak-results.json`,
  );
  if (!result.pass) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
