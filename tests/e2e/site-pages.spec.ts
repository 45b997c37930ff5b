import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser, type Page } from './helper.ts';
import { appUrl, panelSiteId, waitForMap } from './driver.ts';
import { cspViolations, describeViolations, recordCspViolations, runAxe } from './quality-driver.ts';
import sitesRaw from '../../data/sites.geojson?raw';

/** Issue 16: the build's pre-rendered pages, as a reader without JavaScript, a reader with it, and offline. */

const sites = (JSON.parse(sitesRaw) as { features: Array<{ id: string; properties: { name: { vi: string; en: string } } }> }).features;
const tinKeo = sites.find((s) => s.id === 'tin-keo');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAxeClean(page: Page, name: string): Promise<void> {
  const r = await runAxe(page);
  expect(r.violations, `${name}:\n${describeViolations(r.violations)}`).toEqual([]);
}

/**
 * axe needs timers, which a context without JavaScript never fires: the static page is checked in a context with
 * JavaScript whose app bundle is refused, so what axe sees is exactly the markup a script-less reader gets.
 */
async function expectStaticAxeClean(path: string): Promise<void> {
  const { page, context } = await openPage(browser, { viewport: VIEWPORTS.phone });
  await page.route('**/assets/*.js', (route) => route.abort('blockedbyclient'));
  await page.goto(appUrl(path));
  expect(await page.locator('#prerendered').count(), path).toBe(1);
  await expectAxeClean(page, `${path} (static)`);
  await context.close();
}

describe('pre-rendered site pages', () => {
  it('read without JavaScript: name, facts, story, sources and a map link, in the page language; axe-clean', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    for (const [lang, path] of [['vi', 'dia-diem/tin-keo/'], ['en', 'en/sites/tin-keo/']] as const) {
      const res = await page.goto(appUrl(path));
      expect(res?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('h1').innerText()).toBe(tinKeo?.properties.name[lang]);
      const text = await page.locator('#prerendered').innerText();
      expect(text.length, 'a page with text').toBeGreaterThan(1500);
      expect(await page.locator('.site-story__body p').count(), 'the story').toBeGreaterThan(2);
      expect(await page.locator('ul.sources a[href^="http"]').count(), 'sources as links').toBeGreaterThan(0);
      expect(await page.locator('.static-page__map-link').getAttribute('href')).toBe(lang === 'vi' ? './?site=tin-keo' : './?site=tin-keo&lang=en');
      // The stylesheet resolved from the sub-folder (through <base>): the header bar is the app's red.
      expect(await page.locator('.static-page__header').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(139, 26, 26)');
      await expectStaticAxeClean(path);
    }
    await context.close();
    // Every site has both pages, served as HTML with the name as the heading (the unit test checks the rest).
    for (const s of sites) {
      for (const [lang, path] of [['vi', `dia-diem/${s.id}/`], ['en', `en/sites/${s.id}/`]] as const) {
        const r = await browser.newContext().then(async (c) => {
          const res = await c.request.get(appUrl(path));
          const out = { status: res.status(), type: res.headers()['content-type'] ?? '', html: await res.text() };
          await c.close();
          return out;
        });
        expect(r.status, path).toBe(200);
        expect(r.type, path).toContain('text/html');
        expect(r.html, path).toContain(`<html lang="${lang}">`);
        expect(r.html, path).toMatch(/<h1>[^<]+<\/h1>/);
      }
    }
  });

  it('the home page lists every site before any script runs', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    await page.goto(appUrl());
    expect(await page.locator('.static-home .sites-list li').count()).toBe(sites.length);
    await page.locator(`.static-home a.site-item[data-site-id="tin-keo"]`).click();
    await page.waitForURL(/\/dia-diem\/tin-keo\/$/);
    expect(await page.locator('h1').innerText()).toBe(tinKeo?.properties.name.vi);
    await context.close();
    await expectStaticAxeClean('');
  });

  it('on a phone the app takes over the home page without a jump: the header and the tabs stay put, layout shifts stay small', async () => {
    const { page, context, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true });
    // Before the page's own scripts: the layout shifts (no input) and, each frame, the static header's and tabs'
    // bottom edges while the pre-rendered markup is there, then the app's in its first frame.
    await page.addInitScript(() => {
      const out = { cls: 0, shifts: [] as string[], before: null as number[] | null, after: null as number[] | null };
      (window as unknown as { __takeover: typeof out }).__takeover = out;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null }> }>) {
          if (e.hadRecentInput) continue;
          out.cls += e.value;
          out.shifts.push(`${e.value.toFixed(4)} ${(e.sources ?? []).map((x) => (x.node instanceof Element ? x.node.className || x.node.tagName : String(x.node?.nodeName))).join(',')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
      const edges = (root: string) => ['.app-header', '.view-tabs'].map((sel) => document.querySelector(`${root} ${sel}`)?.getBoundingClientRect().bottom ?? -1);
      const tick = () => {
        if (document.getElementById('prerendered')) out.before = edges('#prerendered');
        else if (out.before && document.querySelector('#root .app-header')) out.after ??= edges('#root');
        if (out.after === null) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(appUrl());
    await waitForMap(page);
    await page.waitForFunction(() => (window as unknown as { __takeover: { after: unknown } }).__takeover.after !== null);
    // Every font the page uses has loaded (a swap would show as a shift).
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const r = await page.evaluate(() => (window as unknown as { __takeover: { cls: number; shifts: string[]; before: number[]; after: number[] } }).__takeover);
    expect(r.before.every((b) => b > 0), JSON.stringify(r)).toBe(true);
    for (const [i, b] of r.before.entries()) expect(Math.abs((r.after[i] ?? 0) - b), `${['header', 'tabs'][i]}: ${JSON.stringify(r)}`).toBeLessThanOrEqual(2);
    expect(r.cls, r.shifts.join('\n')).toBeLessThan(0.05);
    expect(await page.locator('#prerendered').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the static home header is the app\'s, box for box, at 390×844 and 1280×800: read with JavaScript off, and in the first frame of a page whose HTML stops inside the header', async () => {
    for (const viewport of [VIEWPORTS.phone, { width: 1280, height: 800 }]) {
      const phone = viewport.width < 760;
      const at = `${viewport.width}×${viewport.height}`;
      // As a reader without JavaScript gets it, every font loaded.
      const off = await openPage(browser, { viewport, isMobile: phone, javaScriptEnabled: false });
      await off.page.goto(appUrl());
      await off.page.evaluate(() => document.fonts.ready.then(() => undefined));
      const staticBoxes = await off.page.evaluate(headerBoxes, '#prerendered');
      await off.context.close();

      // A slow link may end a packet anywhere; the browser paints what it has parsed. Here the HTML stops at the
      // header's first button (the bench's slow phone caught a frame without the About and language buttons: the
      // bar 24 px short, then the app's 162 px) and the rest follows once the stylesheets are in and time has passed.
      const held = await holdHomeAt((html) => html.indexOf('<button', html.indexOf('<header class="app-header"')));
      try {
        const { page, context, pageErrors } = await openPage(browser, { viewport, isMobile: phone });
        await page.addInitScript(firstFrames);
        await page.goto(held.url, { waitUntil: 'commit' });
        await page.waitForFunction(() => {
          const sheets = document.querySelectorAll('link[rel=stylesheet]').length;
          const loaded = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.css'));
          return sheets > 0 && loaded.length >= sheets;
        }, undefined, { polling: 50 }); // not on animation frames: a page that may not paint yet has none
        await page.waitForTimeout(500); // frames the browser may paint with the markup it has
        held.release();
        await page.waitForFunction(() => (window as unknown as { __frames: Frames }).__frames.app !== null, undefined, { timeout: 60000 });
        const frames = await page.evaluate(() => (window as unknown as { __frames: Frames }).__frames);
        expect(frames.static, `${at}: a frame of the static markup`).not.toBeNull();
        for (const key of ['header', 'tabs'] as const) {
          expectSameBox(frames.static?.[key] ?? null, frames.app?.[key] ?? null, `${at} first frames, ${key}: ${JSON.stringify(frames)}`);
        }
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const appBoxes = await page.evaluate(headerBoxes, '#root');
        expect(Object.keys(appBoxes), at).toEqual(Object.keys(staticBoxes));
        for (const [key, box] of Object.entries(staticBoxes)) expectSameBox(box, appBoxes[key] ?? null, `${at}, JavaScript off vs the app: ${key}`);
        expect(pageErrors).toEqual([]);
        await context.close();
      } finally {
        await held.close();
      }
    }
  });

  it('with JavaScript the app boots on the site page with that site open, and the static markup is gone', async () => {
    const { page, context, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.narrowDesktop });
    await recordCspViolations(context);
    await page.goto(appUrl('en/sites/tin-keo/'));
    await waitForMap(page);
    expect(await panelSiteId(page)).toBe('tin-keo');
    expect(new URL(page.url()).search).toBe('?site=tin-keo&lang=en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#prerendered').count()).toBe(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    // An old ?site= link still opens the same site.
    await page.goto(appUrl('?site=atk-dinh-hoa'));
    await waitForMap(page);
    expect(await panelSiteId(page)).toBe('atk-dinh-hoa');
    await context.close();
  });

  it('an unknown site page is a real 404 with a way home', async () => {
    const { page, context } = await openPage(browser, { viewport: VIEWPORTS.phone });
    const res = await page.goto(appUrl('dia-diem/khong-co-dia-diem-nay/'));
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toContain('Không tìm thấy trang');
    await expectAxeClean(page, '404');
    await page.getByRole('link', { name: 'Về trang chủ bản đồ' }).click();
    await waitForMap(page);
    expect(new URL(page.url()).pathname).toBe(new URL(appUrl()).pathname);
    await context.close();
  });

  it('offline, after one visit, the service worker serves the site pages', async () => {
    const { page, context } = await openPage(browser, { serviceWorkers: 'allow', viewport: VIEWPORTS.narrowDesktop, javaScriptEnabled: true });
    await page.goto(appUrl('dia-diem/tin-keo/'));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60000 });
    await context.setOffline(true);
    const other = sites.find((s) => s.id === 'atk-dinh-hoa');
    await page.goto(appUrl('dia-diem/atk-dinh-hoa/'));
    await page.waitForFunction(() => document.querySelector('#site-panel-title, h1') !== null);
    expect(await page.locator('#site-panel-title, #prerendered h1').first().innerText()).toBe(other?.properties.name.vi);
    await context.close();
  });
});

interface Box { top: number; left: number; width: number; height: number }
interface Frames { static: { header: Box | null; tabs: Box | null } | null; app: { header: Box | null; tabs: Box | null } | null }

function expectSameBox(a: Box | null, b: Box | null, what: string): void {
  expect(a === null, `${what}: ${JSON.stringify({ static: a, app: b })}`).toBe(b === null);
  if (!a || !b) return;
  for (const k of ['top', 'left', 'width', 'height'] as const) expect(Math.abs(a[k] - b[k]), `${what}: ${k} ${JSON.stringify({ static: a, app: b })}`).toBeLessThanOrEqual(1);
}

/** In the page: the header bar, each of its parts, and the phone's tabs (null: not there or not shown). */
function headerBoxes(root: string): Record<string, Box | null> {
  const box = (el: Element | null): Box | null => {
    const r = el?.getBoundingClientRect();
    return r && r.width > 0 && r.height > 0 ? { top: r.top, left: r.left, width: r.width, height: r.height } : null;
  };
  const header = document.querySelector(`${root} .app-header`);
  const out: Record<string, Box | null> = { header: box(header), tabs: box(document.querySelector(`${root} .view-tabs`)) };
  for (const sel of ['.app-header__title', '.app-header__tools', '.search', '.story-button', '.planner-button', '.passport-button', '.about-button', '.lang-switch']) {
    out[sel] = box(header?.querySelector(sel) ?? null);
  }
  return out;
}

/** Before the page's scripts: the header's and tabs' boxes in the first frame of the static markup, then of the app. */
function firstFrames(): void {
  const out: Frames = { static: null, app: null };
  (window as unknown as { __frames: Frames }).__frames = out;
  const box = (sel: string): Box | null => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r && r.width > 0 && r.height > 0 ? { top: r.top, left: r.left, width: r.width, height: r.height } : null;
  };
  const tick = () => {
    if (out.static === null && document.querySelector('#prerendered .app-header')) out.static = { header: box('#prerendered .app-header'), tabs: box('#prerendered .view-tabs') };
    if (out.app === null && document.querySelector('#root .app-header')) out.app = { header: box('#root .app-header'), tabs: box('#root .view-tabs') };
    if (out.app === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * A local server in front of the app's: the home page's HTML up to `cut(html)`, then nothing until `release()`;
 * everything else passed through as it is.
 */
async function holdHomeAt(cut: (html: string) => number): Promise<{ url: string; release: () => void; close: () => Promise<void> }> {
  const upstream = new URL(appUrl());
  let release = () => undefined as void;
  const released = new Promise<void>((ok) => (release = ok));
  const server = createServer((req, res) => {
    void (async () => {
      const r = await fetch(new URL(req.url ?? '/', upstream));
      const headers: Record<string, string> = {};
      r.headers.forEach((v, k) => {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(k)) headers[k] = v;
      });
      const body = Buffer.from(await r.arrayBuffer());
      res.writeHead(r.status, headers);
      if ((req.url ?? '/').split('?')[0] !== upstream.pathname) return res.end(body);
      const html = body.toString('utf8');
      const at = cut(html);
      if (at <= 0) throw new Error('holdHomeAt: the cut is not in the page');
      res.write(html.slice(0, at));
      await released;
      res.end(html.slice(at));
    })().catch((e: unknown) => {
      res.destroy(e instanceof Error ? e : new Error(String(e)));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    release: () => release(),
    close: () => {
      release();
      server.closeAllConnections();
      return new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
