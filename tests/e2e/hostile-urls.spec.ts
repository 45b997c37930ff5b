import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser } from './helper.ts';
import { appUrl, waitForMap } from './driver.ts';
import { listedSiteIds } from './explore-driver.ts';
import { HOSTILE_URL_COUNT, hostileUrls } from '../support/hostile-urls.ts';
import sitesRaw from '../../data/sites.geojson?raw';

/**
 * A seeded sample of the 1,000 hostile query strings (tests/unit/hostile-urls.test.ts runs all of them through the
 * pure parsers), opened in the real app: no uncaught exception, and the home state. 60 of them, every kind
 * represented (about 1–3 s each on a loaded machine, so three batches of 20); the map is waited for on every tenth.
 * A query longer than the server accepts in a request line (vite preview answers 431 past ~16 KB; nginx 414 past
 * 8 KB) never reaches the app from the address bar, so those are put into the running app's address with
 * history.pushState and a popstate (the back/forward path), which is how such a URL could still arrive.
 */
const SAMPLE_SIZE = 60;
const MAX_REQUEST_QUERY = 8000;
const all = hostileUrls();
const step = Math.floor(HOSTILE_URL_COUNT / SAMPLE_SIZE);
const sample = Array.from({ length: SAMPLE_SIZE }, (_, i) => all[(i * step + (i % 8)) % all.length]!);
const siteCount = (JSON.parse(sitesRaw) as { features: unknown[] }).features.length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe(`hostile URLs in the app (${SAMPLE_SIZE} of ${HOSTILE_URL_COUNT})`, () => {
  it('samples every kind', () => {
    expect(sample).toHaveLength(SAMPLE_SIZE);
    expect(new Set(sample.map((u) => u.kind)).size).toBe(new Set(all.map((u) => u.kind)).size);
  });

  const batches = [0, 1, 2].map((b) => sample.slice(b * 20, b * 20 + 20).map((u, j) => ({ ...u, i: b * 20 + j })));
  it.each(batches.map((batch, b) => [b + 1, batch] as const))('batch %i of 3: no uncaught exception, home state', async (_b, batch) => {
    // A small desktop window: 20 page loads per batch, and software WebGL draws fewer pixels faster.
    const { page, pageErrors, outsideRequests } = await openPage(browser, { viewport: VIEWPORTS.narrowDesktop });
    for (const { query, kind, i } of batch) {
      const what = `#${i} ${kind}: ${query.slice(0, 120)}`;
      const q = query.startsWith('?') ? query : `?${query}`;
      // Measured as sent: the browser percent-encodes raw unicode, which can make a query several times longer.
      if (new URL(appUrl(q)).href.length <= MAX_REQUEST_QUERY) await page.goto(appUrl(q));
      else {
        await page.goto(appUrl());
        await page.waitForSelector('.sites-list ul .site-item', { timeout: 30000 });
        await page.evaluate((search) => {
          window.history.pushState(null, '', search);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, q);
      }
      // The story-mode button appears once the content index is in and no guided story is open.
      await page.waitForSelector('.sites-list ul .site-item', { timeout: 30000 });
      await page.getByRole('button', { name: 'Kể chuyện ATK' }).waitFor({ timeout: 30000 });
      if (i % 10 === 0) await waitForMap(page);
      expect(await page.locator('.site-panel').count(), `${what}: a panel is open`).toBe(0);
      expect(await page.locator('.story-mode').count(), `${what}: a story is open`).toBe(0);
      expect(await page.locator('#planner').count(), `${what}: the planner is open`).toBe(0);
      expect(await page.locator('.app--kiosk').count(), `${what}: kiosk mode`).toBe(0);
      expect((await listedSiteIds(page)).length, `${what}: not every site is listed`).toBe(siteCount);
      expect(await page.getAttribute('html', 'lang'), what).toBe('vi');
      expect(pageErrors, what).toEqual([]);
    }
    expect(outsideRequests).toEqual([]);
  }, 240000);
});
