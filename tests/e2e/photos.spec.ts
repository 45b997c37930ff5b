import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser } from './helper.ts';
import { appUrl } from './driver.ts';
import { testPhoto } from '../support/test-photo.ts';
import sharp from 'sharp';

/**
 * The site panel's photos on the built app in real Chromium on a phone: the content ships no photo, so a fixture
 * content/images.json and generated WebP copies are served in place of the empty index. A finger tap opens the
 * lightbox (its chunk loads then), arrow keys move, Escape closes and gives focus back.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PH = `data:image/webp;base64,${(await sharp(await testPhoto(16, 11, 'webp')).toBuffer()).toString('base64')}`;
const copy = (id: string, w: number, h: number, name: string) => ({ src: `content/images/tin-keo/${id}.0123456789.${name}.webp`, width: w, height: h });
const photo = (id: string, caption: string) => ({
  id,
  width: 1600,
  height: 1067,
  placeholder: PH,
  webp: [copy(id, 480, 320, 'thumb'), copy(id, 1600, 1067, '1600')],
  avif: [],
  caption: { vi: caption, en: caption },
  alt: { vi: `Ảnh thử ${caption}`, en: `Test photo ${caption}` },
  credit: 'Người chụp thử',
  licence: 'CC0-1.0',
  source: 'https://example.org/anh',
  date: '2026',
});
const INDEX = { 'tin-keo': [photo('01-gate', 'Cổng thử'), photo('02-yard', 'Sân thử')] };

describe('site photos', () => {
  it('shows the header photo without a jump, opens the lightbox with a tap, moves by keyboard, closes with Escape', async () => {
    const { page, context } = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true });
    const bytes = new Map<string, Buffer>();
    for (const [w, h] of [[480, 320], [1600, 1067]] as const) bytes.set(`${w}`, Buffer.from(await testPhoto(w, h, 'webp')));
    await context.route('**/content/images.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(INDEX) }));
    await context.route('**/content/images/tin-keo/*', (route) =>
      route.fulfill({ status: 200, contentType: 'image/webp', body: bytes.get(route.request().url().includes('.thumb.') ? '480' : '1600') ?? Buffer.alloc(0) }),
    );
    const chunks: string[] = [];
    page.on('request', (r) => chunks.push(r.url()));
    await page.goto(appUrl('?site=tin-keo'));
    const header = page.getByAltText('Ảnh thử Cổng thử');
    await header.waitFor();
    expect(chunks.some((u) => /photoswipe/.test(u)), 'lightbox loads on first open').toBe(false);
    // The box has the photo's proportions before and after it loads.
    await expect.poll(() => header.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // Its width/height attributes give the box before a byte arrives (CSS may crop it to 35 % of the screen's height).
    expect([await header.getAttribute('width'), await header.getAttribute('height')]).toEqual(['1600', '1067']);
    const box = await header.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
    await page.screenshot({ path: 'test-results/photos-panel-phone.png' }).catch(() => undefined);

    await page.touchscreen.tap((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    const caption = page.locator('.pswp__photo-caption');
    await expect.poll(() => caption.textContent(), { timeout: 10_000 }).toContain('Cổng thử');
    expect(chunks.some((u) => /photoswipe/.test(u))).toBe(true);
    expect(await caption.textContent()).toContain('Ảnh: Người chụp thử');
    // Faded in, a copy from the srcset shown (not only the placeholder).
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.pswp')!).opacity)).toBe('1');
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('.pswp__img')].some((i) => /\.webp$/.test(i.currentSrc) && i.complete))).toBe(true);
    await page.screenshot({ path: 'test-results/photos-lightbox-phone.png' }).catch(() => undefined);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toContain('Sân thử');
    await page.keyboard.press('Escape');
    await page.locator('.pswp').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Xem ảnh lớn: Cổng thử');
  });
});
