/** Domain actions on the app, in the words of its users. Specs use these, never raw selectors where avoidable. */
import { expect, inject } from 'vitest';
import type { Page } from './helper.ts';

export function appUrl(query = ''): string {
  return `${inject('baseUrl')}${query}`;
}

/** Open the app and wait until the real map has drawn its sites (WebGL, tiles, symbols) and is idle. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(appUrl(query));
  await waitForMap(page);
}

export async function waitForMap(page: Page, opts: { kiosk?: boolean; timeout?: number } = {}): Promise<void> {
  await waitForHooks(page, opts.kiosk ?? false, opts.timeout ?? 60_000);
  await mapIdle(page);
}

/**
 * Wait for the map's test hook (and the kiosk's), but fail at once, saying why, if the app shows instead that it
 * has no map (WebGL refused: under heavy load Chromium's GPU process can fail to start, and it then blocks WebGL)
 * or its error screen. A test that waited out its whole timeout there would only say "timeout".
 */
export async function waitForHooks(page: Page, kiosk: boolean, timeout: number): Promise<void> {
  const outcome = await page.waitForFunction(
    (k) => {
      if (window.__redAddressMap !== undefined && (!k || window.__redAddressKiosk !== undefined)) return 'ready';
      const stop = document.querySelector('.map-unavailable, .error-screen');
      return stop ? `${stop.className}: ${stop.textContent?.trim().slice(0, 200) ?? ''}` : false;
    },
    kiosk,
    { timeout },
  );
  const value = (await outcome.jsonValue()) as string;
  if (value !== 'ready') throw new Error(`the app shows no map: ${value}`);
}

export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const hook = window.__redAddressMap;
    if (hook) await hook.idle();
  });
}

export async function renderedSiteIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__redAddressMap?.renderedSiteIds() ?? []);
}

export async function renderedFeatures(page: Page, layers: string[]) {
  return page.evaluate((l) => window.__redAddressMap?.renderedFeatures(l) ?? [], layers);
}

/** Jump the real map to a view and wait for it to be drawn. */
export async function jumpTo(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(({ lon, lat, zoom }) => window.__redAddressMap?.map.jumpTo({ center: [lon, lat], zoom }), { lon, lat, zoom });
  await mapIdle(page);
}

/** Click the map canvas where a lon/lat is drawn, like a user's tap. */
export async function clickMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const canvas = page.locator('canvas.maplibregl-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('map canvas not visible');
  const p = await page.evaluate(({ lon, lat }) => window.__redAddressMap?.project(lon, lat), { lon, lat });
  if (!p) throw new Error('map hook missing');
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

export async function selectInList(page: Page, siteId: string): Promise<void> {
  await page.locator(`.sites-list .site-item[data-site-id="${siteId}"]`).click();
}

export async function panelTitle(page: Page): Promise<string> {
  return (await page.locator('.site-panel h2').textContent()) ?? '';
}

/** The open panel's site, once its code has loaded (the panel is a lazy chunk: see src/app/lazy-site-panel.ts). */
export async function panelSiteId(page: Page): Promise<string | null> {
  await page.waitForFunction(() => document.querySelector('.site-panel-pending') === null, null, { timeout: 15_000 });
  const panel = page.locator('.site-panel');
  if ((await panel.count()) === 0) return null;
  return panel.getAttribute('data-site-id');
}

export async function mapCenter(page: Page): Promise<{ lon: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const m = window.__redAddressMap?.map;
    if (!m) throw new Error('no map');
    const c = m.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: m.getZoom() };
  });
}

export async function expectNoOutsideRequests(outside: string[]): Promise<void> {
  expect(outside, `requests outside localhost: ${outside.join(', ')}`).toEqual([]);
}
