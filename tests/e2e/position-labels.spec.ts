import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser } from './helper.ts';
import { openApp, panelSiteId } from './driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// A shared link to a site, opened on a phone: the panel says honestly what the position and the rank are.
describe('position and rank labels in the site panel (phone)', () => {
  it('an unofficial dataset point is labelled so, not in the reassuring green, and the dataset is linked in the note', async () => {
    const { page } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await openApp(page, '?site=atk-dinh-hoa');
    await page.waitForSelector('.site-panel');
    expect(await panelSiteId(page)).toBe('atk-dinh-hoa');
    const box = page.locator('.site-panel .confidence');
    await expect.poll(() => box.locator('.confidence__level').textContent()).toContain(
      'Tọa độ từ một bộ dữ liệu không chính thức, chưa kiểm chứng',
    );
    const border = await box.evaluate((el) => getComputedStyle(el).borderLeftColor);
    expect(border).not.toBe('rgb(46, 125, 50)'); // the green kept for surveyed or official points
    expect(await box.locator('.confidence__origin a').getAttribute('href')).toBe('https://github.com/toan882911/DuLichTN');
    expect(await page.locator('.site-panel .sources a[href="https://github.com/toan882911/DuLichTN"]').count()).toBe(0);
    await box.scrollIntoViewIfNeeded();
    mkdirSync('test-results/screens', { recursive: true });
    await page.screenshot({ path: 'test-results/screens/position-label-phone-vi.png' });
  });

  it('an ATK component reads "part of the special national relic" with its own ranking, in English', async () => {
    const { page } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await openApp(page, '?site=doi-khau-ty&lang=en');
    await page.waitForSelector('.site-panel');
    const atk = page.locator('.site-panel .site-panel__atk');
    await expect.poll(() => atk.textContent()).toBe('Part of the ATK Định Hóa special national relic · own ranking not known');
    expect(await page.locator('.site-panel').textContent()).not.toContain('Special national relic');
    await page.screenshot({ path: 'test-results/screens/atk-component-phone-en.png' });
  });
});
