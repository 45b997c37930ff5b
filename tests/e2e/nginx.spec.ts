import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser } from './helper.ts';
import { waitForMap } from './driver.ts';
import { freePort, startNginx, type RunningNginx } from '../../scripts/deploy/nginx-run.ts';
import { cspHeaderValue } from '../../scripts/vite-csp.ts';
import sitesRaw from '../../data/sites.geojson?raw';

/**
 * Issue 16 item 6: the generated nginx site (scripts/deploy/nginx-conf.ts, deploy/nginx/) in Debian's real nginx,
 * started on a loopback port with a temporary prefix (scripts/deploy/nginx-run.ts), serving under the sub-path
 * /ban-do/: the ordinary build (dist/) for the headers and ranges, and a build made FOR that address, as a deployer
 * makes it (PUBLIC_BASE_URL=http://127.0.0.1:<port>/ban-do/, a production `vite build` into a temporary folder,
 * about 15–30 s) for the browser: the site page booting and reloading offline from the service worker, the 404
 * page's absolute <base>, the canonical links, the preview images.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const PATH = '/ban-do/';
const sites = (JSON.parse(sitesRaw) as { features: Array<{ id: string; properties: { name: { vi: string } } }> }).features;
const tinKeo = sites.find((s) => s.id === 'tin-keo')!;

let tmp = '';
let subDist = '';
/** The ordinary build (dist/, no public address) and the build for the sub-path's address. */
const dist = join(root, 'dist');
let plain: RunningNginx | undefined;
let server: RunningNginx | undefined;
let origin = '';
let subOrigin = '';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const port = await freePort();
  subOrigin = `http://127.0.0.1:${port}`;
  tmp = mkdtempSync(join(tmpdir(), 'ram-subpath-'));
  subDist = join(tmp, 'dist');
  // The public address is what makes a build sub-path specific (404.html's <base>, canonical, og:image, sitemap).
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', subDist, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    // NODE_ENV: vitest sets it to 'test', and a `vite build` that inherits that makes a development build (no service
    // worker, React's development build): not what a deployer publishes.
    env: { ...process.env, NODE_ENV: 'production', PUBLIC_BASE_URL: `${subOrigin}${PATH}` },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server = await startNginx({ dir: subDist, path: PATH, repoRoot: root, port });
  plain = await startNginx({ dir: dist, path: PATH, repoRoot: root });
  origin = plain.origin;
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await plain?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const url = (path: string): string => `${origin}${PATH}${path}`;
const subUrl = (path: string): string => `${subOrigin}${PATH}${path}`;

describe('nginx serving dist/ under /ban-do/ (deploy/nginx)', () => {
  it('serves pages, ranges, headers and the 404 page the way docs/deploy.md says', async () => {
    const csp = cspHeaderValue(root);
    // A site page: HTML, revalidated every time, the CSP as a header (the meta tag's policy + frame-ancestors).
    const page = await fetch(url('dia-diem/tin-keo/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toBe(csp);
    expect(csp).toContain("script-src 'self'");
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(await page.text()).toContain(`<h1>${tinKeo.properties.name.vi}</h1>`);
    // The folder without its slash, and the sub-path without its slash, redirect (relative: host and port kept).
    for (const [from, to] of [
      ['/ban-do', '/ban-do/'],
      ['/ban-do/dia-diem/tin-keo', '/ban-do/dia-diem/tin-keo/'],
    ] as const) {
      const r = await fetch(`${origin}${from}`, { redirect: 'manual' });
      expect([r.status, r.headers.get('location')], from).toEqual([301, to]);
    }
    // sw.js and the content index: revalidated; the content index compressed.
    for (const path of ['sw.js', 'content/index.json', '']) expect((await fetch(url(path))).headers.get('cache-control'), path).toBe('no-cache');
    const index = await fetch(url('content/index.json'));
    expect([index.headers.get('content-type'), index.headers.get('content-encoding')]).toEqual(['application/json; charset=utf-8', 'gzip']);
    // Hashed assets: a year, immutable; the map's module worker is JavaScript.
    const assets = readdirSync(join(dist, 'assets'));
    const js = assets.find((f) => /^index-[\w-]+\.js$/.test(f));
    const mjs = assets.find((f) => f.endsWith('.mjs'));
    expect(js && mjs).toBeTruthy();
    const asset = await fetch(url(`assets/${js}`));
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toBe(csp);
    const worker = await fetch(url(`assets/${mjs}`));
    expect([worker.headers.get('content-type'), worker.headers.get('cache-control')]).toEqual([
      'application/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
    // A ranged read of the basemap archive: 206 with its Content-Range, the PMTiles header's bytes, not compressed.
    const archive = readdirSync(join(dist, 'basemap')).find((f) => f.endsWith('.pmtiles'));
    expect(archive, 'dist/basemap has a .pmtiles archive').toBeTruthy();
    const size = statSync(join(dist, 'basemap', archive!)).size;
    const ranged = await fetch(url(`basemap/${archive}`), { headers: { Range: 'bytes=0-126' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 0-126/${size}`);
    expect(ranged.headers.get('content-encoding')).toBeNull();
    expect(ranged.headers.get('content-type')).toBe('application/vnd.pmtiles');
    const bytes = new Uint8Array(await ranged.arrayBuffer());
    expect(bytes.length).toBe(127);
    expect(Buffer.from(bytes.subarray(0, 7)).toString('latin1')).toBe('PMTiles');
    expect(Buffer.from(bytes).equals(readFileSync(join(dist, 'basemap', archive!)).subarray(0, 127))).toBe(true);
    // An unknown site: the real 404 page with its status, its CSP and a link home, never the app shell.
    const missing = await fetch(url('dia-diem/khong-co-dia-diem-nay/'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(csp);
    const html = await missing.text();
    expect(html).toContain('Không tìm thấy trang');
    expect(html).toContain('Về trang chủ bản đồ');
    expect(html).not.toMatch(/<script\b/);
  });

  it('in Chromium: the site page boots the app with its basemap read by ranges, then reloads offline from the service worker', async () => {
    const { page, context, pageErrors } = await openPage(browser, { serviceWorkers: 'allow', viewport: VIEWPORTS.narrowDesktop });
    const ranges: Array<{ status: number; range: string | null }> = [];
    page.on('response', (r) => {
      if (r.url().includes('.pmtiles') && !r.fromServiceWorker()) ranges.push({ status: r.status(), range: r.headers()['content-range'] ?? null });
    });
    const response = await page.goto(subUrl('dia-diem/tin-keo/'));
    // The page as it came (the app replaces the pre-rendered markup once it has drawn itself).
    expect(await response?.text()).toContain(`<h1>${tinKeo.properties.name.vi}</h1>`);
    await waitForMap(page);
    await page.waitForSelector('#site-panel-title');
    expect(await page.locator('#site-panel-title').innerText()).toBe(tinKeo.properties.name.vi);
    expect(ranges.some((r) => r.status === 206 && r.range?.startsWith('bytes ') === true), JSON.stringify(ranges.slice(0, 5))).toBe(true);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60000 });

    await context.setOffline(true);
    const fromNetwork: string[] = [];
    page.on('response', (r) => {
      if (!r.fromServiceWorker() && !/^(?:data|blob):/.test(r.url())) fromNetwork.push(r.url());
    });
    await page.reload();
    await waitForMap(page);
    await page.waitForSelector('#site-panel-title');
    expect(await page.locator('#site-panel-title').innerText()).toBe(tinKeo.properties.name.vi);
    expect(fromNetwork).toEqual([]);
    expect(pageErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
    await context.close();
  });

  it('under the sub-path: the 404 page keeps its look and its links go home; canonical and og:image are real addresses', async () => {
    // A site page of a build for this address: its canonical is its own address and its preview image is served.
    const html = await (await fetch(subUrl('dia-diem/tin-keo/'))).text();
    expect(html).toContain(`<link rel="canonical" href="${subUrl('dia-diem/tin-keo/')}" />`);
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og).toBe(subUrl('og/tin-keo.png'));
    const image = await fetch(og!);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);

    const { page, context, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.narrowDesktop });
    const failed: string[] = [];
    const styles: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().includes('khong-co-dia-diem-nay')) failed.push(`${r.status()} ${r.url()}`);
      if (r.request().resourceType() === 'stylesheet') styles.push(`${r.status()} ${r.url()}`);
    });
    for (const missing of ['dia-diem/khong-co-dia-diem-nay/', 'en/sites/khong-co-dia-diem-nay/']) {
      const res = await page.goto(subUrl(missing));
      expect(res?.status(), missing).toBe(404);
      expect(await page.locator('h1').innerText()).toContain('Không tìm thấy trang');
      expect(await page.evaluate(() => document.baseURI)).toBe(subUrl(''));
      // Its stylesheet came from the app's folder: the page looks like the others (the app's font and colours).
      expect(styles.length, missing).toBeGreaterThan(0);
      expect(styles.every((x) => x.startsWith(`200 ${subUrl('assets/')}`)), styles.join(', ')).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Be Vietnam Pro');
      expect(failed, missing).toEqual([]);
      styles.length = 0;
    }
    // Its links, clicked: home is the app on this sub-path, and the English link too.
    expect(await page.locator('a', { hasText: 'Back to the map' }).getAttribute('href')).toBe('./?lang=en');
    await Promise.all([page.waitForURL(subUrl('?lang=en')), page.locator('a', { hasText: 'Back to the map' }).click()]);
    await page.goBack();
    await Promise.all([page.waitForURL(subUrl('')), page.locator('a', { hasText: 'Về trang chủ bản đồ' }).click()]);
    await waitForMap(page);
    expect(failed).toEqual([]);
    // The console's line for each 404 document itself is expected; any other failed response is in `failed`.
    expect(pageErrors.filter((e) => !/status of 404 \(Not Found\)/.test(e))).toEqual([]);
    await context.close();
  });
});
