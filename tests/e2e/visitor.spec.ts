import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser, type Page } from './helper.ts';
import { appUrl, expectNoOutsideRequests, mapIdle, renderedFeatures, waitForMap } from './driver.ts';

/**
 * A foreign visitor on a phone (issue 18 item 7): an English browser gets English on the first visit, a chosen
 * Vietnamese stays chosen after a reload, "About" opens from the header with a finger, and a located site offers
 * "Directions" into the phone's maps app. One browser; one phone page for the whole journey.
 */

const SHOTS = 'test-results/visitor';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function tapCentre(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} not visible`);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

describe('foreign visitor (phone, English browser)', () => {
  let page: Page;
  let outside: string[];
  let errors: string[];

  beforeAll(async () => {
    const opened = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true, locale: 'en-GB' });
    page = opened.page;
    outside = opened.outsideRequests;
    errors = opened.pageErrors;
  });

  it('gets English on a first visit, and keeps a chosen Vietnamese after a reload', async () => {
    await page.goto(appUrl());
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.locator('.app-header .about-button').textContent()).toBe('About');
    expect(await page.locator('.app-header h1').textContent()).toContain('Red Address Map of Thái Nguyên');
    await tapCentre(page, '.lang-switch');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.reload();
    await page.locator('.app-header .about-button').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.locator('.app-header .about-button').textContent()).toBe('Giới thiệu');
    expect(await page.locator('.app-header h1').textContent()).toContain('Bản đồ số Địa chỉ đỏ Thái Nguyên');
    // A link's own language still wins over the remembered choice.
    await page.goto(appUrl('?lang=en'));
    await expect.poll(() => page.locator('.app-header .about-button').textContent()).toBe('About');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.goto(appUrl());
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  });

  it('opens "Giới thiệu" from the header with a tap, and closes it', async () => {
    const chunk = page.waitForRequest((r) => /AboutView-[\w-]+\.js$/.test(r.url()));
    await tapCentre(page, '.app-header .about-button');
    await chunk;
    const dialog = page.locator('[role="dialog"].about');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe('Giới thiệu');
    expect(await dialog.textContent()).toContain('Địa chỉ đỏ là gì?');
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= VIEWPORTS.phone.width).toBe(true);
    await page.screenshot({ path: `${SHOTS}/about-phone.png` });
    await tapCentre(page, '.about__head button');
    await dialog.waitFor({ state: 'detached' });
  });

  it('offers Directions to a located site (web planner; geo: on Android), none for a commune centre', async () => {
    await page.goto(appUrl('?site=atk-dinh-hoa'));
    await page.locator('.site-panel .directions__link').waitFor();
    const link = page.locator('.site-panel .directions__link');
    expect(await link.getAttribute('href')).toBe('https://www.openstreetmap.org/directions?route=;21.788216,105.508607');
    expect(await page.locator('.site-panel').textContent()).toContain('Từ Hà Nội');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setUserAgentOverride', {
      userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
    });
    await page.reload();
    await page.locator('.site-panel .directions__web').waitFor();
    expect(await link.getAttribute('href')).toBe('geo:21.788216,105.508607?q=21.788216,105.508607(ATK%20%C4%90%E1%BB%8Bnh%20H%C3%B3a)');
    expect(await page.locator('.site-panel .directions__web').getAttribute('href')).toBe(
      'https://www.openstreetmap.org/directions?route=;21.788216,105.508607',
    );
    await page.locator('.site-panel .directions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/directions-phone.png` });
    await page.goto(appUrl('?site=doi-khau-ty'));
    await page.locator('.site-panel .directions__none').waitFor();
    expect(await page.locator('.site-panel .directions__link').count()).toBe(0);
    expect(await page.locator('.site-panel .directions__none').textContent()).toContain('trung tâm xã');
    await expectNoOutsideRequests(outside);
    expect(errors).toEqual([]);
  });
});

describe('near me (phone, position granted)', () => {
  it('draws "you are here" with its accuracy circle and fits it with the nearest sites', async () => {
    const { page, context, pageErrors } = await openPage(browser, {
      viewport: VIEWPORTS.phone,
      isMobile: true,
      permissions: ['geolocation'],
      geolocation: { latitude: 21.907, longitude: 105.6423 },
    });
    await context.setGeolocation({ latitude: 21.907, longitude: 105.6423, accuracy: 800 });
    await page.goto(appUrl());
    await waitForMap(page);
    const homeZoom = await page.evaluate(() => window.__redAddressMap?.map?.getZoom() ?? NaN);
    await page.locator('.view-tabs button').nth(1).tap();
    await page.locator('.near-me button').tap();
    await page.locator('.view-tabs button').nth(0).tap();
    await expect
      .poll(async () => {
        await mapIdle(page);
        return [...new Set((await renderedFeatures(page, ['you-are-here-dot', 'you-are-here-accuracy'])).map((f) => f.layer))].sort();
      }, { timeout: 20000 })
      .toEqual(['you-are-here-accuracy', 'you-are-here-dot']);
    // Pressed on the List tab (the map hidden), the view is still fitted once the map shows: the position and the three
    // nearest located sites are all in view.
    const here = { lon: 105.6423, lat: 21.907 };
    const raw = JSON.parse(readFileSync(new URL('../../data/sites.geojson', import.meta.url), 'utf8')) as {
      features: { id: string; geometry: { coordinates: [number, number] } | null }[];
    };
    const rad = Math.PI / 180;
    const km = ([lon, lat]: [number, number]) =>
      6371 * Math.acos(Math.min(1, Math.sin(lat * rad) * Math.sin(here.lat * rad) + Math.cos(lat * rad) * Math.cos(here.lat * rad) * Math.cos((lon - here.lon) * rad)));
    const nearest = raw.features.flatMap((f) => (f.geometry ? [f.geometry.coordinates] : [])).sort((a, b) => km(a) - km(b)).slice(0, 3);
    await mapIdle(page);
    const inView = await page.evaluate((pts) => {
      const m = window.__redAddressMap?.map;
      if (!m) throw new Error('no map');
      const b = m.getBounds();
      return { contains: pts.map((p) => b.contains(p)), zoom: m.getZoom() };
    }, [[here.lon, here.lat] as [number, number], ...nearest]);
    expect(inView.contains).toEqual([true, true, true, true]);
    expect(inView.zoom, 'the view was fitted to the position, not left at the home view').toBeGreaterThan(homeZoom + 1);
    await page.screenshot({ path: `${SHOTS}/near-me-phone.png` });
    expect(pageErrors).toEqual([]);
  });
});
