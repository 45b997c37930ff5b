import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser } from './helper.ts';
import { waitForMap } from './driver.ts';
import { nginxConf } from '../../scripts/deploy/nginx-conf.ts';
import { cspHeaderValue } from '../../scripts/vite-csp.ts';
import sitesRaw from '../../data/sites.geojson?raw';

/**
 * Issue 16 item 6: the generated nginx site (scripts/deploy/nginx-conf.ts, deploy/nginx/) in Debian's real nginx,
 * started here on a loopback port with a temporary prefix, serving the built dist/ under the sub-path /ban-do/
 * (linked as <tmp>/www/ban-do, the way docs/deploy.md copies it). The build is the ordinary one: every asset and page
 * link is relative, so the same dist/ works under any path (docs/deploy.md says what only the public base URL changes).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const PATH = '/ban-do/';
/** Debian's nginx is in /usr/sbin, which a non-root PATH may lack. */
const NGINX = process.env['NGINX_PATH'] ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
const sites = (JSON.parse(sitesRaw) as { features: Array<{ id: string; properties: { name: { vi: string } } }> }).features;
const tinKeo = sites.find((s) => s.id === 'tin-keo')!;

let tmp = '';
let nginx: ChildProcess | undefined;
let origin = '';
let browser: Browser;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

beforeAll(async () => {
  // .ci/run installs nginx: a missing one is a broken machine, not a reason to skip.
  if (spawnSync(NGINX, ['-v']).error) throw new Error('nginx is not installed (apt-get install nginx; .ci/run does it)');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  tmp = mkdtempSync(join(tmpdir(), 'ram-nginx-'));
  chmodSync(tmp, 0o755);
  mkdirSync(join(tmp, 'www'));
  symlinkSync(dist, join(tmp, 'www', 'ban-do'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  writeFileSync(
    join(tmp, 'site.conf'),
    nginxConf({ path: PATH, root: join(tmp, 'www'), listen: `127.0.0.1:${port}`, serverName: 'localhost', csp: cspHeaderValue(root) }),
  );
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(tmp, t)};`).join('\n');
  writeFileSync(
    join(tmp, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root root;\n' : ''}worker_processes 1;
error_log ${join(tmp, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  access_log ${join(tmp, 'access.log')};
${temps}
  include ${join(tmp, 'site.conf')};
}
`,
  );
  const args = ['-p', tmp, '-e', join(tmp, 'error.log'), '-c', join(tmp, 'nginx.conf')];
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the generated config:\n${check.stderr}`);
  nginx = spawn(NGINX, [...args, '-g', `daemon off; pid ${join(tmp, 'nginx.pid')};`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(`${origin}${PATH}`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx?.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const url = (path: string): string => `${origin}${PATH}${path}`;

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
    const response = await page.goto(url('dia-diem/tin-keo/'));
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
});
