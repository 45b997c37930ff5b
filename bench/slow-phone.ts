/**
 * Issue 16's slow-phone profile: a phone (390 × 844, mobile, touch) on 1.6 Mbps down / 750 kbps up with 150 ms
 * round trips (CDP Network.emulateNetworkConditions) and its CPU slowed 4× (CDP Emulation.setCPUThrottlingRate),
 * each load cold (a fresh context: empty cache, no service worker). The build is served by Debian's nginx with the
 * generated site (scripts/deploy/nginx-run.ts), the way docs/deploy.md publishes it (gzip, cache headers, CSP).
 *
 * Measured from navigation start (performance.now() in the page):
 *  - site page `dia-diem/<id>/`: the first frame in which the site's name (the page's <h1>) is laid out in the
 *    viewport; the SPA's `?site=<id>` the same way for the site panel's title (#site-panel-title);
 *  - home page: first contentful paint (the paint timing entry), the map drawn (idle with its sites), the sum of
 *    layout shifts (PerformanceObserver 'layout-shift', no input) until then, frames after the first text with no
 *    heading in the viewport ("blank frames": a flash), and where the header bar is before and after the app takes
 *    over the static markup;
 *  - the same for an HTML-shell baseline: the same build with the home page's pre-rendered markup taken out (the
 *    index.html before issue 16: `<div id="root"><noscript>…</noscript></div>`), served by the same nginx.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from '../scripts/lib/browser.ts';
import { startNginx, type RunningNginx } from '../scripts/deploy/nginx-run.ts';
import { waitForSitesDrawn } from './map-drawn.ts';

export const SLOW_PHONE = {
  viewport: { width: 390, height: 844 },
  /** bytes per second */
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
  latencyMs: 150,
  cpuSlowdown: 4,
} as const;

/** Goals (issue 16): name ≤ half the SPA's time; home first text ≤ half the shell's (and of the issue's 3.4 s). */
export const SLOW_GOALS = { nameRatio: 0.5, firstTextRatio: 0.5, issueFirstTextMs: 3400, cls: 0.1, blankFrames: 0 } as const;

const PATH = '/ban-do/';

export interface SamplerFigures {
  fcpMs: number | null;
  /** First frame with the watched name laid out in the viewport. */
  nameMs: number | null;
  cls: number;
  shifts: Array<{ t: number; value: number }>;
  blankFrames: number;
  frames: number;
  /** The header bar's box in the static markup's first frame, and in the app's first frame. */
  staticHeader: { top: number; height: number } | null;
  appHeader: { top: number; height: number } | null;
  /** When the static markup left the page (the app took over). */
  takeoverMs: number | null;
}

/** Runs in the page before its own scripts: paint, layout shifts, and one check per animation frame. */
function sampler(name: string | null): void {
  interface Out {
    fcpMs: number | null;
    nameMs: number | null;
    cls: number;
    shifts: Array<{ t: number; value: number }>;
    blankFrames: number;
    frames: number;
    staticHeader: { top: number; height: number } | null;
    appHeader: { top: number; height: number } | null;
    takeoverMs: number | null;
  }
  const out: Out = { fcpMs: null, nameMs: null, cls: 0, shifts: [], blankFrames: 0, frames: 0, staticHeader: null, appHeader: null, takeoverMs: null };
  (window as unknown as { __slow: Out }).__slow = out;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') out.fcpMs = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (e.hadRecentInput) continue;
      out.cls += e.value;
      out.shifts.push({ t: Math.round(e.startTime), value: e.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const inView = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.width > 0 && r.bottom > 0 && r.top < window.innerHeight;
  };
  let seenText = false;
  let hadStatic = false;
  const tick = () => {
    out.frames++;
    const stat = document.getElementById('prerendered');
    if (stat) hadStatic = true;
    else if (hadStatic && out.takeoverMs === null) out.takeoverMs = performance.now();
    if (name !== null && out.nameMs === null) {
      for (const el of document.querySelectorAll('#prerendered article h1, #site-panel-title')) {
        if (el.textContent?.trim() === name && inView(el)) out.nameMs = performance.now();
      }
    }
    const box = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el || !inView(el)) return null;
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), height: Math.round(r.height) };
    };
    out.staticHeader ??= box('#prerendered .app-header');
    out.appHeader ??= box('#root .app-header');
    const text = [...document.querySelectorAll('h1, h2, p.loading')].some(inView);
    if (text) seenText = true;
    else if (seenText) out.blankFrames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * A fresh context (empty cache, service workers blocked: a first visit's precache would share the same thin pipe)
 * without Playwright's request interception: a routed request makes a round trip through Node, which added about
 * half a second to every load here. Nothing can leave loopback anyway (the page's CSP is default-src 'self'); any
 * request that tries is recorded and fails the run.
 */
async function slowPage(browser: Browser, name: string | null): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: SLOW_PHONE.viewport, isMobile: true, hasTouch: true, serviceWorkers: 'block', locale: 'vi-VN' });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!/^(?:data:|blob:|https?:\/\/127\.0\.0\.1[:/])/.test(r.url())) outside.push(r.url());
  });
  // As source text: tsx (esbuild with keepNames) wraps the sampler's inner functions in __name(…), which the page
  // lacks; a no-op __name keeps them as they are.
  await page.addInitScript({ content: `var __name = (f) => f;\n(${sampler.toString()})(${JSON.stringify(name)});` });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: SLOW_PHONE.downloadThroughput,
    uploadThroughput: SLOW_PHONE.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  return {
    page,
    close: async () => {
      await context.close();
      if (outside.length > 0) throw new Error(`bench: requests left loopback: ${outside.slice(0, 3).join(', ')}`);
    },
  };
}

const read = (page: Page) => page.evaluate(() => (window as unknown as { __slow: SamplerFigures }).__slow);

type Until = 'fcp' | 'name' | 'takeover';

/** Load `url` and wait for its first contentful paint, and the watched name, and (site page) the app's takeover. */
async function load(browser: Browser, url: string, name: string | null, until: Until): Promise<SamplerFigures> {
  const { page, close } = await slowPage(browser, name);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      (u) => {
        const f = (window as unknown as { __slow?: SamplerFigures }).__slow;
        if (!f || f.fcpMs === null) return false;
        if (u === 'fcp') return true;
        if (f.nameMs === null) return false;
        return u === 'name' || (f.takeoverMs !== null && document.getElementById('site-panel-title') !== null);
      },
      until,
      { timeout: 120000, polling: 100 },
    );
    return await read(page);
  } finally {
    await close();
  }
}

/** Load the home page and wait for the map to be drawn with its sites. */
async function homeLoad(browser: Browser, url: string): Promise<SamplerFigures & { mapMs: number }> {
  const { page, close } = await slowPage(browser, null);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const mapMs = await waitForSitesDrawn(page, 'app', 180000);
    return { ...(await read(page)), mapMs };
  } finally {
    await close();
  }
}

/** The same build with the home page as the empty shell it was before the pre-rendered list (links to dist/ otherwise). */
function shellCopy(dist: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dist)) if (entry !== 'index.html') symlinkSync(join(dist, entry), join(dir, entry));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const shell = html.replace(/<div id="prerendered">[\s\S]*<\/div>\s*<div id="root"><\/div>/, '<div id="root">\n      <noscript>Bản đồ cần JavaScript để hoạt động. / The map needs JavaScript.</noscript>\n    </div>');
  if (shell === html) throw new Error('bench: dist/index.html has no pre-rendered markup to take out');
  writeFileSync(join(dir, 'index.html'), shell);
  // The environment's floor for a first paint: one paragraph, nothing to fetch.
  writeFileSync(join(dir, FLOOR_PAGE), '<!doctype html>\n<html lang="vi"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Floor</title></head><body><h1>Bản đồ số Địa chỉ đỏ</h1></body></html>\n');
}

const FLOOR_PAGE = 'bench-first-paint-floor.html';

const median = (xs: Array<number | null>): number | null => {
  const s = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? null) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);

type HomeRun = SamplerFigures & { mapMs: number };

export interface SlowPhoneResult {
  profile: typeof SLOW_PHONE;
  goals: typeof SLOW_GOALS;
  runs: number;
  siteId: string;
  server: string;
  /** A one-heading page's first paint on this profile: what no page can beat here (browser start-up of a frame). */
  floorFcpMs: number | null;
  sitePage: { nameMs: number | null; fcpMs: number | null; takeoverMs: number | null; clsMax: number; runs: SamplerFigures[] };
  spa: { nameMs: number | null; runs: SamplerFigures[] };
  home: { fcpMs: number | null; mapMs: number | null; clsMax: number; blankFramesMax: number; headerMovePx: number | null; takeoverMs: number | null; listInHtml: boolean; runs: HomeRun[] };
  shell: { fcpMs: number | null; mapMs: number | null; clsMax: number; runs: HomeRun[] };
  verdicts: { name: boolean; firstText: boolean; firstTextVsIssue: boolean; listInHtml: boolean; cls: boolean; noFlash: boolean; noJump: boolean };
}

/** What the home page's HTML carries: every site's name, commune and category (the list the app takes over). */
export function homeListInHtml(html: string, sites: Array<{ id: string; commune: string; category: string }>): boolean {
  const list = /<section class="sites-list"[\s\S]*?<ul[^>]*>([\s\S]*?)<\/ul>/.exec(/<div id="prerendered">[\s\S]*/.exec(html)?.[0] ?? '')?.[1] ?? '';
  const items = list.split('<li').slice(1);
  return (
    items.length === sites.length &&
    sites.every((s) => items.some((li) => li.includes(`data-site-id="${s.id}"`) && li.includes(s.commune) && li.includes(s.category)))
  );
}

export async function runSlowPhoneBench(browser: Browser, repo: string, runs: number, log: (s: string) => void): Promise<SlowPhoneResult> {
  const dist = join(repo, 'dist');
  const shellDir = join(repo, 'bench/last-run/shell-dist');
  shellCopy(dist, shellDir);
  type Feature = { id: string; properties: { name: { vi: string }; category: string; place: { commune: string } } };
  const sites = (JSON.parse(readFileSync(join(dist, 'content/sites.geojson'), 'utf8')) as { features: Feature[] }).features;
  const categories = (JSON.parse(readFileSync(join(repo, 'src/i18n/locales/vi.json'), 'utf8')) as { category: Record<string, string> }).category;
  const site = sites.find((s) => s.id === 'tin-keo') ?? sites[0];
  if (!site) throw new Error('bench: no sites');
  if (!existsSync(join(dist, 'dia-diem', site.id, 'index.html'))) throw new Error(`bench: dist has no dia-diem/${site.id}/`);
  const name = site.properties.name.vi;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const esc = (x: string) => x.replace(/&/g, '&amp;');
  const listInHtml = homeListInHtml(html, sites.map((s) => ({ id: s.id, commune: esc(s.properties.place.commune), category: esc(categories[s.properties.category] ?? s.properties.category) })));
  const servers: RunningNginx[] = [];
  try {
    const app = await startNginx({ dir: dist, path: PATH, repoRoot: repo });
    servers.push(app);
    const shell = await startNginx({ dir: shellDir, path: PATH, repoRoot: repo });
    servers.push(shell);
    const floor: SamplerFigures[] = [];
    const sitePage: SamplerFigures[] = [];
    const spa: SamplerFigures[] = [];
    const home: HomeRun[] = [];
    const shellRuns: HomeRun[] = [];
    // One warm-up (the OS's disk cache, the browser's JIT), then interleaved cold loads.
    await homeLoad(browser, app.url(''));
    const f = (x: number | null | undefined) => (x == null ? '–' : `${Math.round(x)} ms`);
    for (let i = 0; i < runs; i++) {
      floor.push(await load(browser, shell.url(FLOOR_PAGE), null, 'fcp'));
      sitePage.push(await load(browser, app.url(`dia-diem/${site.id}/`), name, 'takeover'));
      spa.push(await load(browser, app.url(`?site=${site.id}`), name, 'name'));
      home.push(await homeLoad(browser, app.url('')));
      shellRuns.push(await homeLoad(browser, shell.url('')));
      log(
        `slow phone ${i + 1}/${runs}: site page name ${f(sitePage[i]?.nameMs)}, SPA name ${f(spa[i]?.nameMs)}; home first text ${f(home[i]?.fcpMs)}, map ${f(home[i]?.mapMs)}; shell first text ${f(shellRuns[i]?.fcpMs)}, map ${f(shellRuns[i]?.mapMs)}; floor first paint ${f(floor[i]?.fcpMs)}\n`,
      );
    }
    const headerMove = (x: SamplerFigures) => (x.staticHeader && x.appHeader ? Math.max(Math.abs(x.staticHeader.top - x.appHeader.top), Math.abs(x.staticHeader.height - x.appHeader.height)) : null);
    const moves = home.map(headerMove);
    const r = {
      floorFcpMs: median(floor.map((x) => x.fcpMs)),
      sitePage: { nameMs: median(sitePage.map((x) => x.nameMs)), fcpMs: median(sitePage.map((x) => x.fcpMs)), takeoverMs: median(sitePage.map((x) => x.takeoverMs)), clsMax: max(sitePage.map((x) => x.cls)), runs: sitePage },
      spa: { nameMs: median(spa.map((x) => x.nameMs)), runs: spa },
      home: {
        fcpMs: median(home.map((x) => x.fcpMs)),
        mapMs: median(home.map((x) => x.mapMs)),
        clsMax: max(home.map((x) => x.cls)),
        blankFramesMax: max(home.map((x) => x.blankFrames)),
        headerMovePx: moves.some((m) => m === null) ? null : max(moves.filter((m): m is number => m !== null)),
        takeoverMs: median(home.map((x) => x.takeoverMs)),
        listInHtml,
        runs: home,
      },
      shell: { fcpMs: median(shellRuns.map((x) => x.fcpMs)), mapMs: median(shellRuns.map((x) => x.mapMs)), clsMax: max(shellRuns.map((x) => x.cls)), runs: shellRuns },
    };
    const ok = (a: number | null, b: number | null, ratio: number) => a !== null && b !== null && a <= ratio * b;
    return {
      profile: SLOW_PHONE,
      goals: SLOW_GOALS,
      runs,
      siteId: site.id,
      server: `Debian nginx, the generated deploy config (gzip, HTTP/1.1), under ${PATH}`,
      ...r,
      verdicts: {
        name: ok(r.sitePage.nameMs, r.spa.nameMs, SLOW_GOALS.nameRatio),
        firstText: ok(r.home.fcpMs, r.shell.fcpMs, SLOW_GOALS.firstTextRatio),
        firstTextVsIssue: ok(r.home.fcpMs, SLOW_GOALS.issueFirstTextMs, SLOW_GOALS.firstTextRatio),
        listInHtml,
        cls: r.home.clsMax <= SLOW_GOALS.cls && r.sitePage.clsMax <= SLOW_GOALS.cls,
        noFlash: r.home.blankFramesMax <= SLOW_GOALS.blankFrames,
        noJump: r.home.headerMovePx === 0,
      },
    };
  } finally {
    for (const s of servers) await s.stop();
  }
}
