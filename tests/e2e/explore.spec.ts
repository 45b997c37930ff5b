import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Browser } from './helper.ts';
import { clickMapAt, jumpTo, mapCenter, mapIdle, openApp, panelSiteId, waitForMap } from './driver.ts';
import { listedSiteIds, mapSourceSiteIds, storyChapter, suggestionIds, toggleFilter, typeSearch } from './explore-driver.ts';
import sitesRaw from '../../data/sites.geojson?raw';

interface RawSite { id: string; geometry: { coordinates: [number, number] } | null; properties: { category: string; place: { district: string } } }
const sites = (JSON.parse(sitesRaw) as { features: RawSite[] }).features;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('exploring the sites', () => {
  it('filters: the list and the map follow at once, AND across facets, and the URL keeps them', async () => {
    const { page } = await openPage(browser);
    await openApp(page);
    await toggleFilter(page, 'categories', 'museum');
    const museums = sites.filter((s) => s.properties.category === 'museum');
    expect((await listedSiteIds(page)).sort()).toEqual(museums.map((s) => s.id).sort());
    expect(await mapSourceSiteIds(page)).toEqual(museums.filter((s) => s.geometry).map((s) => s.id).sort());
    await toggleFilter(page, 'categories', 'prison');
    await toggleFilter(page, 'districts', 'Định Hóa');
    const expected = sites.filter((s) => ['museum', 'prison'].includes(s.properties.category) && s.properties.place.district === 'Định Hóa');
    expect((await listedSiteIds(page)).sort()).toEqual(expected.map((s) => s.id).sort());
    expect(await mapSourceSiteIds(page)).toEqual(expected.filter((s) => s.geometry).map((s) => s.id).sort());
    expect(decodeURIComponent(page.url())).toContain('cat=museum,prison');
    // The count beside a value is what the list would show.
    const count = await page.locator('input[data-facet="categories"][data-value="museum"] ~ .filters__count').textContent();
    expect(Number(count)).toBe(sites.filter((s) => s.properties.category === 'museum' && s.properties.place.district === 'Định Hóa').length);
    await page.getByRole('button', { name: 'Bỏ tất cả bộ lọc' }).click();
    expect((await listedSiteIds(page)).length).toBe(sites.length);
    await page.reload();
    await waitForMap(page);
    expect(page.url()).not.toContain('cat=');
  });

  it('search: "dinh hoa", "DIEN BIEN" (through a story) and "deo de", then keyboard selection opens the panel', async () => {
    const { page } = await openPage(browser);
    await openApp(page);
    await typeSearch(page, 'deo de');
    expect((await suggestionIds(page))[0]).toBe('nha-tuong-niem-ho-chi-minh-deo-de');
    // "Điện Biên" is only in Tỉn Keo's story, whose text reaches the index after the first keystrokes: type again
    // until it has (a wait on the fact, not on a clock).
    await expect
      .poll(async () => {
        await typeSearch(page, 'DIEN BIEN');
        return suggestionIds(page);
      }, { timeout: 30_000 })
      .toContain('tin-keo');
    await typeSearch(page, 'dinh hoa');
    expect((await suggestionIds(page)).length).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    const first = (await suggestionIds(page))[0];
    await page.keyboard.press('Enter');
    await page.waitForSelector('.site-panel');
    expect(await panelSiteId(page)).toBe(first);
  });

  it('story mode: forward and back with buttons and arrow keys, each chapter announced, exit to exploring', async () => {
    const { page } = await openPage(browser);
    await openApp(page);
    await page.getByRole('button', { name: 'Kể chuyện ATK' }).click();
    await page.waitForSelector('.story-mode__chapter h3');
    expect(await storyChapter(page)).toBe(0);
    const before = await mapCenter(page);
    await page.getByRole('button', { name: /Tiếp/ }).click();
    expect(await storyChapter(page)).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(await storyChapter(page)).toBe(2);
    expect(page.url()).toContain('ch=3');
    await page.keyboard.press('ArrowLeft');
    expect(await storyChapter(page)).toBe(1);
    expect(await page.locator('.story-mode__chapter').getAttribute('aria-live')).toBe('polite');
    await page.waitForFunction(() => !window.__redAddressMap?.map.isMoving(), undefined, { timeout: 10000 });
    const after = await mapCenter(page);
    expect(Math.abs(after.lon - before.lon) + Math.abs(after.lat - before.lat) + Math.abs(after.zoom - before.zoom)).toBeGreaterThan(0.01);
    await page.getByRole('button', { name: 'Thoát' }).click();
    expect(await page.locator('.story-mode').count()).toBe(0);
    expect(page.url()).not.toContain('story=');
  });

  it('reduced motion: a chapter change jumps (no animation)', async () => {
    const { page } = await openPage(browser, { reducedMotion: 'reduce' });
    await openApp(page, '?story=atk-1947-1954&ch=1');
    await page.waitForSelector('.story-mode__chapter h3');
    await mapIdle(page);
    await page.keyboard.press('ArrowRight');
    // With a jump the camera is already at rest in the same task.
    const moving = await page.evaluate(() => window.__redAddressMap?.map.isMoving());
    expect(moving).toBe(false);
    expect(await storyChapter(page)).toBe(1);
    // Control: without the preference the same change animates, so the assertion above can fail.
    const animated = await openPage(browser, { reducedMotion: 'no-preference' });
    await openApp(animated.page, '?story=atk-1947-1954&ch=1');
    await animated.page.waitForSelector('.story-mode__chapter h3');
    await mapIdle(animated.page);
    await animated.page.keyboard.press('ArrowRight');
    expect(await animated.page.evaluate(() => window.__redAddressMap?.map.isMoving())).toBe(true);
  });

  it('sites that share one point are each reachable through a chooser', async () => {
    const { page } = await openPage(browser);
    await openApp(page);
    const shared = sites.filter((s) => s.id === 'doi-khau-ty')[0]!;
    const sameHere = sites.filter((s) => s.geometry && JSON.stringify(s.geometry.coordinates) === JSON.stringify(shared.geometry!.coordinates));
    expect(sameHere.length).toBeGreaterThan(1);
    const [lon, lat] = shared.geometry!.coordinates;
    await jumpTo(page, lon, lat, 16);
    await clickMapAt(page, lon, lat);
    await page.waitForSelector('.site-chooser');
    const offered = await page.locator('.site-chooser .site-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id')));
    expect(offered.sort()).toEqual(sameHere.map((s) => s.id).sort());
    await page.locator(`.site-chooser .site-item[data-site-id="${sameHere[1]!.id}"]`).click();
    expect(await panelSiteId(page)).toBe(sameHere[1]!.id);
  });

  it('near me: with permission the list is sorted by distance; refused, a message and the list still works', async () => {
    const ok = await openPage(browser, { permissions: ['geolocation'], geolocation: { latitude: 21.79, longitude: 105.51 } });
    await openApp(ok.page);
    await ok.page.getByRole('button', { name: 'Gần tôi' }).click();
    await ok.page.waitForSelector('.site-item__distance');
    const firstTwo = (await listedSiteIds(ok.page)).slice(0, 2);
    expect(firstTwo).toContain('atk-dinh-hoa');
    const denied = await openPage(browser);
    await openApp(denied.page);
    await denied.page.getByRole('button', { name: 'Gần tôi' }).click();
    await denied.page.waitForSelector('.near-me .notice');
    expect(await denied.page.locator('.near-me .notice').textContent()).toMatch(/vị trí/);
    expect((await listedSiteIds(denied.page)).length).toBe(sites.length);
    expect(denied.pageErrors).toEqual([]);
  });

  it('reads a full story in the panel, rendered and sanitised', async () => {
    const { page } = await openPage(browser);
    await openApp(page, '?site=tin-keo');
    await page.getByRole('button', { name: 'Đọc câu chuyện đầy đủ' }).click();
    await page.waitForSelector('.site-story__body p');
    expect(await page.locator('.site-story__body').textContent()).toContain('Điện Biên Phủ');
    expect(await page.locator('.site-story__body script').count()).toBe(0);
  });
});
