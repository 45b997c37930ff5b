import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser } from './helper.ts';
import {
  appUrl, clickMapAt, expectNoOutsideRequests, jumpTo, mapCenter, openApp, panelSiteId, panelTitle, renderedSiteIds, selectInList, waitForMap,
} from './driver.ts';
import sites from '../../data/sites.geojson?raw';

interface RawSite { id: string; geometry: { coordinates: [number, number] } | null }
const all = (JSON.parse(sites) as { features: RawSite[] }).features;
const located = all.filter((s) => s.geometry !== null);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the map with the sites (real Chromium, software WebGL)', () => {
  it('draws every located site on the real map, with no request outside localhost', async () => {
    // A small desktop window: software WebGL redraws the map at each of ~25 places, and fewer pixels are faster.
    const { page, outsideRequests, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.narrowDesktop });
    await openApp(page);
    // At the home view nearby sites cluster; zoomed in on each site, every located site is drawn as itself.
    const seen = new Set<string>();
    for (const s of located) {
      if (seen.has(s.id)) continue;
      const [lon, lat] = s.geometry!.coordinates;
      await jumpTo(page, lon, lat, 16);
      for (const id of await renderedSiteIds(page)) seen.add(id);
    }
    expect([...seen].sort()).toEqual(located.map((s) => s.id).sort());
    await expectNoOutsideRequests(outsideRequests);
    expect(pageErrors).toEqual([]);
  });

  it('opens the panel when a site is clicked on the canvas, and Escape closes it and returns focus', async () => {
    const { page } = await openPage(browser);
    await openApp(page);
    const target = located.find((s) => s.id === 'den-duom')!;
    const [lon, lat] = target.geometry!.coordinates;
    await jumpTo(page, lon, lat, 13);
    await clickMapAt(page, lon, lat);
    await page.waitForSelector('.site-panel');
    expect(await panelSiteId(page)).toBe('den-duom');
    expect(await panelTitle(page)).toContain('Đền Đuổm');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-panel-title');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.site-panel', { state: 'detached' });
    // Focus returns on the next frame.
    await page.waitForFunction(() => document.activeElement?.tagName === 'CANVAS', undefined, { timeout: 5000 });
  });

  it('selecting in the list selects on the map and eases there', async () => {
    const { page } = await openPage(browser);
    await openApp(page);
    await selectInList(page, 'nha-tu-cho-chu');
    expect(await panelSiteId(page)).toBe('nha-tu-cho-chu');
    await page.waitForFunction(() => !window.__redAddressMap?.map.isMoving());
    const c = await mapCenter(page);
    const s = located.find((x) => x.id === 'nha-tu-cho-chu')!;
    expect(Math.abs(c.lon - s.geometry!.coordinates[0])).toBeLessThan(0.01);
    expect(c.zoom).toBeGreaterThanOrEqual(12);
    await waitForMap(page);
    const ring = await page.evaluate(() => window.__redAddressMap?.renderedFeatures(['sites-selected']).map((f) => f.properties['id']));
    expect(ring).toEqual(['nha-tu-cho-chu']);
    expect(await page.locator('.site-item[aria-current="true"]').getAttribute('data-site-id')).toBe('nha-tu-cho-chu');
  });

  it('switches language: UI, panel text and <html lang>', async () => {
    const { page } = await openPage(browser);
    await openApp(page, '?site=den-duom');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    // English strings load on first use.
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('.app-header h1').innerText()).toBe('Red Address Map of Thái Nguyên'); // the shown title (the short one is hidden)
    expect(await panelTitle(page)).toMatch(/Temple/);
    expect(page.url()).toContain('lang=en');
  });

  it('opens a deep link, ignores a malformed one, and back/forward move between sites', async () => {
    const { page, pageErrors } = await openPage(browser);
    await openApp(page, '?site=tin-keo&lang=en');
    expect(await panelSiteId(page)).toBe('tin-keo');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await selectInList(page, 'den-duom');
    expect(await panelSiteId(page)).toBe('den-duom');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.site-panel')?.getAttribute('data-site-id') === 'tin-keo');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('.site-panel')?.getAttribute('data-site-id') === 'den-duom');
    await openApp(page, '?site=%3Cscript%3E&lang=xx&site=no-such-site');
    expect(await panelSiteId(page)).toBeNull();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(pageErrors).toEqual([]);
  });

  it('shows the site list as a tab and the panel as a bottom sheet on a phone', async () => {
    const { page } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await openApp(page);
    await page.getByRole('button', { name: 'Danh sách' }).click();
    await selectInList(page, 'tin-keo');
    const box = await page.locator('.site-panel').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThan(VIEWPORTS.phone.height * 0.3);
    expect(box!.width).toBe(VIEWPORTS.phone.width);
  });

  it('keeps every header control whole and apart, from phone to kiosk, in both languages', async () => {
    // The header squeezes its search box as the window narrows; once, in the kiosk, the box slid under the story
    // button and swallowed its taps.
    const cases = [
      { viewport: VIEWPORTS.phone, query: '' },
      { viewport: VIEWPORTS.narrowDesktop, query: '?mode=kiosk&attract=600&reset=600' },
      { viewport: VIEWPORTS.smallDesktop, query: '?lang=en' },
      { viewport: VIEWPORTS.smallDesktop, query: '?mode=kiosk&attract=600&reset=600' },
      { viewport: VIEWPORTS.kiosk, query: '?mode=kiosk&attract=600&reset=600&lang=en' },
    ];
    for (const { viewport, query } of cases) {
      const { page, context } = await openPage(browser, { viewport });
      await page.goto(appUrl(query));
      await page.locator('.app-header__tools .header-button').first().waitFor(); // the story button: content is in
      const problems = await page.evaluate((width) => {
        const controls = [...document.querySelectorAll<HTMLElement>('.app-header input, .app-header button')];
        const boxes = controls.map((el) => ({ name: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName, r: el.getBoundingClientRect() }));
        const out: string[] = [];
        for (const { name, r } of boxes) if (r.left < 0 || r.right > width + 0.5 || r.width < 24) out.push(`${name}: cut off (${Math.round(r.left)}–${Math.round(r.right)})`);
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            if (w > 0.5 && h > 0.5) out.push(`${a.name} overlaps ${b.name}`);
          }),
        );
        return out;
      }, viewport.width);
      expect(problems, `${viewport.width}×${viewport.height} ${query}`).toEqual([]);
      await context.close();
    }
  });

  it('keeps the list and panels working without WebGL', async () => {
    const noGl = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page } = await openPage(noGl);
      await page.goto(appUrl('?site=tin-keo'));
      await page.waitForSelector('.map-unavailable');
      expect(await page.locator('.map-unavailable').textContent()).toContain('WebGL');
      expect(await panelSiteId(page)).toBe('tin-keo');
      await selectInList(page, 'den-duom');
      expect(await panelSiteId(page)).toBe('den-duom');
    } finally {
      await noGl.close();
    }
  });
});
