import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser, type Page } from './helper.ts';
import { mapIdle, openApp } from './driver.ts';
import { openFilters, typeSearch } from './explore-driver.ts';
import { cspViolations, describeViolations, recordCspViolations, runAxe, type AxeSummary } from './quality-driver.ts';

/** axe-core with the WCAG 2.1 A and AA rules on every main view, under the app's real Content-Security-Policy. */

let browser: Browser;
const results: Record<string, { violations: number; passes: number; incomplete: number; rules: string[] }> = {};
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/a11y.json', `${JSON.stringify(results, null, 2)}\n`);
});

async function check(name: string, page: Page): Promise<AxeSummary> {
  const r = await runAxe(page);
  results[name] = { violations: r.violations.length, passes: r.passes, incomplete: r.incomplete, rules: r.violations.map((v) => v.id) };
  expect(r.violations, `${name}:\n${describeViolations(r.violations)}`).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  return r;
}

/** Unfold the map attribution (the "i" button) so axe checks its links (link-in-text-block). */
async function showAttribution(page: Page): Promise<void> {
  await page.locator('.maplibregl-ctrl-attrib-button').click();
  await page.locator('.maplibregl-ctrl-attrib-inner a').first().waitFor({ state: 'visible' });
}

async function open(query = '', opts: Parameters<typeof openPage>[1] = {}) {
  const opened = await openPage(browser, opts);
  await recordCspViolations(opened.context);
  await openApp(opened.page, query);
  return opened;
}

describe('accessibility: zero WCAG 2.1 A/AA violations (axe-core)', () => {
  it('home: map and list (desktop), with the map attribution open', async () => {
    const { page, pageErrors } = await open();
    await showAttribution(page);
    await check('home (desktop)', page);
    // The words on derived lake shores come with a basemap built from the geodata (the build's own record), not
    // with one from an OSM extract, whose lakes are mapped.
    const built = JSON.parse(readFileSync('dist/basemap/build-info.json', 'utf8')) as { mode: string };
    const words = (await page.locator('.maplibregl-ctrl-attrib-inner').textContent()) ?? '';
    expect(words.includes('được suy ra từ mặt nước phẳng trong dữ liệu SRTM'), built.mode).toBe(built.mode === 'geodata');
    expect(pageErrors).toEqual([]);
  });

  it('home: list tab on a phone', async () => {
    const { page } = await open('', { viewport: VIEWPORTS.phone });
    await page.getByRole('button', { name: 'Danh sách' }).click();
    await check('list (phone)', page);
  });

  it('site panel, with its full story open, in English', async () => {
    const { page } = await open('?site=tin-keo&lang=en');
    await page.getByRole('button', { name: /full story/i }).click();
    await page.waitForSelector('.site-story__body p');
    await check('site panel + story (en)', page);
  });

  it('filters open, one filter on', async () => {
    const { page } = await open();
    await openFilters(page);
    await page.locator('input[data-facet="categories"][data-value="museum"]').click();
    await mapIdle(page);
    await check('filters', page);
  });

  it('search with suggestions', async () => {
    const { page } = await open();
    await typeSearch(page, 'dinh hoa');
    await page.waitForSelector('.search__option');
    await check('search suggestions', page);
  });

  it('story mode', async () => {
    const { page } = await open('?story=atk-1947-1954&ch=2');
    await page.waitForSelector('.story-mode__chapter h3');
    await check('story mode', page);
  });

  it('planner with two stops', async () => {
    const { page } = await open('?site=tin-keo');
    await page.locator('.site-panel').getByRole('button', { name: 'Thêm vào lịch trình' }).click();
    await page.locator('.sites-list .site-item[data-site-id="den-duom"]').click();
    await page.locator('.site-panel').getByRole('button', { name: 'Thêm vào lịch trình' }).click();
    await page.getByRole('button', { name: /^Lịch trình/ }).click();
    await page.waitForSelector('#planner');
    await check('planner', page);
  });

  it('print view', async () => {
    const opened = await openPage(browser);
    await recordCspViolations(opened.context);
    // Keep the handout on screen: no print dialog in a test, and no afterprint to close it.
    await opened.context.addInitScript(() => {
      window.print = () => undefined;
    });
    const { page } = opened;
    await openApp(page, '?site=tin-keo');
    await page.locator('.site-panel').getByRole('button', { name: 'Thêm vào lịch trình' }).click();
    await page.getByRole('button', { name: /^Lịch trình/ }).click();
    await page.locator('#planner').getByRole('button', { name: /^In/ }).click(); // the planner's print, not the panel's 'In bảng QR'
    // The handout is hidden on screen and shown in print: check it as printed.
    await page.waitForSelector('.print-view', { state: 'attached', timeout: 30000 });
    await page.emulateMedia({ media: 'print' });
    await page.waitForSelector('.print-view', { state: 'visible' });
    await check('print view', page);
  });

  it('kiosk mode', async () => {
    const { page } = await open('?mode=kiosk', { viewport: VIEWPORTS.kiosk });
    await page.waitForSelector('.app--kiosk');
    await showAttribution(page);
    await check('kiosk', page);
  });

  it('prefers-reduced-motion: no CSS animation or transition anywhere, and selecting a site jumps the map', async () => {
    const { page } = await open('?mode=kiosk', { reducedMotion: 'reduce', viewport: VIEWPORTS.kiosk });
    await page.locator('.sites-list .site-item[data-site-id="tin-keo"]').click();
    // easeTo with duration 0 under the preference: the camera is at rest in the same task.
    expect(await page.evaluate(() => window.__redAddressMap?.map.isMoving())).toBe(false);
    await page.waitForSelector('.site-panel');
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => {
          const cs = getComputedStyle(el);
          const t = cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
          return t || cs.animationName !== 'none';
        })
        .map((el) => `${el.tagName}.${el.className}`),
    );
    expect(moving).toEqual([]);
  });
});
