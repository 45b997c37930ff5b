import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { launchBrowser, openPage, VIEWPORTS, type Browser, type Page } from './helper.ts';
import { appUrl, mapIdle } from './driver.ts';
import { testPhoto } from '../support/test-photo.ts';
import { imageHeight, WIDTH } from '../../src/features/passport/export-image.ts';

/**
 * Learning at the red addresses on the built app in real Chromium (issues 13 and 14): the kiosk's attract loop at
 * 1920×1080 with a photo on a site's card (a generated fixture: the content ships no photo) and a quiz card answered
 * with a finger; and the visit passport saved as an image on a phone. One browser for the file.
 * No screenshots inside the timed kiosk steps: on a loaded machine one takes longer than a card stays up.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLOW = 300_000;

// The first featured site gets a generated photo; the second has none (today's card).
const PHOTO_SITE = 'atk-dinh-hoa';
const PH = `data:image/webp;base64,${(await sharp(await testPhoto(16, 11, 'webp')).toBuffer()).toString('base64')}`;
const copy = (w: number, h: number, name: string) => ({ src: `content/images/${PHOTO_SITE}/01-gate.0123456789.${name}.webp`, width: w, height: h });
const INDEX = {
  [PHOTO_SITE]: [
    {
      id: '01-gate',
      width: 1600,
      height: 1067,
      placeholder: PH,
      webp: [copy(480, 320, 'thumb'), copy(960, 640, '960'), copy(1600, 1067, '1600')],
      avif: [],
      caption: { vi: 'Cổng thử', en: 'Test gate' },
      alt: { vi: 'Ảnh thử: cổng khu di tích', en: 'Test photo: the gate of the relic area' },
      credit: 'Người chụp thử',
      licence: 'CC0-1.0',
      source: 'https://example.org/anh',
      date: '2026',
    },
  ],
};

/** Text in the element under 20 px (the kiosk is read from 1.5 m). */
async function smallText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${sel}, ${sel} *`)) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (own && parseFloat(getComputedStyle(el).fontSize) < 19.5) out.push(`${el.className}: ${getComputedStyle(el).fontSize}`);
    }
    return out;
  }, selector);
}

describe('kiosk attract loop: photo card and quiz card (1920×1080, touch)', () => {
  it('shows the first photo on its site card, then a quiz card answered by a finger tap, then the next site', async () => {
    const { page, context, pageErrors, outsideRequests } = await openPage(browser, { viewport: VIEWPORTS.kiosk, hasTouch: true, reducedMotion: 'reduce' });
    const bytes = new Map<string, Buffer>();
    for (const [w, h] of [[480, 320], [960, 640], [1600, 1067]] as const) bytes.set(`${w}`, Buffer.from(await testPhoto(w, h, 'webp')));
    await context.route('**/content/images.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(INDEX) }));
    await context.route(`**/content/images/${PHOTO_SITE}/*`, (route) => {
      const url = route.request().url();
      const w = url.includes('.thumb.') ? '480' : url.includes('.960.') ? '960' : '1600';
      return route.fulfill({ status: 200, contentType: 'image/webp', body: bytes.get(w) ?? Buffer.alloc(0) });
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // One quiz card after every site card; 12 s per card, so a finger has time to answer on a busy machine (the first
    // quiz fails if the timer revealed it before the tap; the second is left to its timer, step 3b).
    await page.goto(appUrl('?mode=kiosk&attract=1&reset=600&dwell=12&quizEvery=1'));
    await page.waitForFunction(() => window.__redAddressMap !== undefined && window.__redAddressKiosk !== undefined, undefined, { timeout: 180_000 });
    await mapIdle(page);
    expect(await page.evaluate(() => window.__redAddressKiosk?.config())).toMatchObject({ quizEvery: 1, dwellSeconds: 12 });
    // The tour may have started while the map loaded: a finger on the title ends it; a second later it starts afresh.
    const title = await page.locator('.app-header h1').boundingBox();
    if (!title) throw new Error('no title');
    await page.touchscreen.tap(title.x + 20, title.y + title.height / 2);
    expect(await page.evaluate(() => window.__redAddressKiosk?.phase())).toBe('active');

    // 1. The first featured site's card, with its photo (alt text, real pixels, box from width/height) and credit.
    const photoCard = page.locator(`.attract-card[data-site-id="${PHOTO_SITE}"]`);
    await photoCard.waitFor({ timeout: 30_000 });
    const img = photoCard.getByAltText('Ảnh thử: cổng khu di tích');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    expect(await img.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/01-gate\.0123456789\.\w+\.webp$/);
    expect(await photoCard.locator('.attract-card__credit').textContent()).toBe('Ảnh: Người chụp thử · CC0-1.0');
    const cardBox = await photoCard.boundingBox();
    const imgBox = await img.boundingBox();
    expect(cardBox && imgBox && imgBox.width > cardBox.width * 0.8 && imgBox.height > 200 && cardBox.y >= 88 && cardBox.y + cardBox.height <= 1080).toBe(true);
    expect(await smallText(page, '.attract-card')).toEqual([]);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));

    // 2. A quiz card on the same site: a real finger tap on an answer shows the answer and why, the tour goes on.
    const quiz = page.locator(`.attract-quiz[data-site-id="${PHOTO_SITE}"]`);
    await quiz.waitFor({ timeout: 25_000 });
    // Its code came as a chunk of its own (bundle-budget.spec checks it is not in the first load).
    expect(requests.some((u) => /\/assets\/KioskQuizCard-[\w-]+\.js$/.test(u))).toBe(true);
    const options = quiz.locator('.attract-quiz__option');
    // Answer first (the question waits 12 s for a finger), look at the layout after.
    const second = options.nth(1);
    const box = await second.boundingBox();
    if (!box) throw new Error('no answer box');
    expect(await quiz.getAttribute('data-revealed')).toBeNull();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('.attract-quiz[data-revealed="tap"]', { timeout: 10_000 });
    expect(await options.count()).toBeGreaterThanOrEqual(3);
    for (const b of await Promise.all((await options.all()).map((o) => o.boundingBox()))) expect(b && b.height >= 64 && b.width >= 400).toBe(true);
    expect(await smallText(page, '.attract-quiz')).toEqual([]);
    const verdict = (await quiz.locator('.attract-quiz__verdict').textContent()) ?? '';
    const mine = await second.getAttribute('class');
    if (mine?.includes('--right')) expect(verdict).toMatch(/^Chính xác! \S/);
    else {
      expect(mine).toContain('attract-quiz__option--wrong');
      expect(verdict).toMatch(/^Chưa đúng\. Đáp án đúng: .+\. \S/);
    }
    expect(await quiz.locator('.attract-quiz__option--right').count()).toBe(1);
    // The tap was the card's own: the tour is still running, and the kiosk kept nothing of it.
    expect(await page.evaluate(() => window.__redAddressKiosk?.phase())).toBe('attract');

    // 3. The tour moves on to the second site: no photo, today's card.
    await page.waitForFunction(() => document.querySelector('.attract-quiz') === null, undefined, { timeout: 40_000 });
    const next = page.locator('.attract-card:not(.attract-quiz)');
    await next.waitFor();
    expect(await next.getAttribute('data-site-id')).not.toBe(PHOTO_SITE);
    expect(await next.locator('img').count()).toBe(0);
    expect(await next.getAttribute('class')).not.toContain('attract-card--photo');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(stored);

    // 3b. Its quiz card, left alone: after the wait it shows the answer by itself (no choice marked), and the tour
    // goes on without a touch. Nothing in the page touches it: the reveal is the card's own timer.
    const nextId = (await next.getAttribute('data-site-id')) ?? '';
    const untouched = page.locator(`.attract-quiz[data-site-id="${nextId}"]`);
    await untouched.waitFor({ timeout: 40_000 });
    const startsBefore = await page.evaluate(() => window.__redAddressKiosk?.stats.attractStarts ?? 0);
    await page.waitForSelector(`.attract-quiz[data-site-id="${nextId}"][data-revealed="timeout"]`, { timeout: 40_000 });
    expect(await untouched.locator('.attract-quiz__verdict').textContent()).toMatch(/^Đáp án: .+\.( \S|$)/);
    expect(await untouched.locator('.attract-quiz__option--right').count()).toBe(1);
    expect(await untouched.locator('.attract-quiz__option--wrong').count()).toBe(0);
    expect(await page.evaluate(() => window.__redAddressKiosk?.phase())).toBe('attract');
    await page.waitForFunction((id) => document.querySelector(`.attract-quiz[data-site-id="${id}"]`) === null, nextId, { timeout: 40_000 });
    expect(await page.evaluate(() => window.__redAddressKiosk?.stats.attractStarts ?? 0)).toBe(startsBefore);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(stored);

    // 4. A finger on the map ends the tour (a second later it starts again from the first site).
    const starts = await page.evaluate(() => window.__redAddressKiosk?.stats.attractStarts ?? 0);
    await page.touchscreen.tap(1700, 300);
    await page.waitForFunction((n) => (window.__redAddressKiosk?.stats.attractStarts ?? 0) > n, starts, { timeout: 20_000 });
    await page.locator(`.attract-card[data-site-id="${PHOTO_SITE}"]`).waitFor();
    expect(pageErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  }, SLOW);
});

describe('visit passport saved as an image (phone)', () => {
  it('a QR plate visit stamps it; "Lưu thành ảnh" downloads a PNG of the grid, or hands it to the share sheet when files can be shared', async () => {
    const { page, pageErrors, outsideRequests } = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true });
    // The visitor scanned Tỉn Keo's plate: a stamp on this phone.
    await page.goto(appUrl('?site=tin-keo&from=qr'));
    await page.waitForFunction(() => (localStorage.getItem('red-address.passport.v1') ?? '').includes('tin-keo'), undefined, { timeout: 60_000 });
    // The site's panel (a lazy chunk) is in, so nothing re-lays the page out under the finger.
    await page.locator('.site-panel[data-site-id="tin-keo"]').waitFor({ timeout: 60_000 });
    await page.locator('.passport-button').tap();
    const dialog = page.getByRole('dialog', { name: 'Hộ chiếu địa chỉ đỏ' });
    await dialog.waitFor();
    const total = await dialog.locator('.passport__cell').count();
    expect(await dialog.locator('.passport__progress').textContent()).toContain(`Đã có 1/${total} dấu`);
    const requests: string[] = [];
    const sent: string[] = [];
    page.on('request', (r) => {
      requests.push(r.url());
      // The map keeps reading its tiles meanwhile; anything else, or anything but a GET, would be the image leaving.
      if (r.method() !== 'GET' || !/\/(assets|basemap|content)\//.test(r.url())) sent.push(`${r.method()} ${r.url()}`);
    });

    // Linux Chromium has no file sharing: the image is a download.
    expect(await page.evaluate(() => typeof navigator.canShare)).toBe('undefined');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lưu thành ảnh' }).tap()]);
    expect(download.suggestedFilename()).toBe('ho-chieu-dia-chi-do.png');
    const path = await download.path();
    const png = await sharp(path).metadata();
    expect([png.format, png.width, png.height]).toEqual(['png', WIDTH, imageHeight(total)]);
    // Drawn, not blank: the red of the title and stamp, the paper, the grey of the empty cells.
    const stats = await sharp(path).stats();
    expect(stats.channels.slice(0, 3).every((c) => c.max - c.min > 100)).toBe(true);
    await download.saveAs('test-results/kiosk-learning-passport.png');
    expect(await dialog.getByRole('button', { name: 'Lưu thành ảnh' }).isEnabled()).toBe(true);
    // Its code loaded on this press, and nothing left the phone for it.
    expect(requests.some((u) => /\/assets\/export-image-[\w-]+\.js$/.test(u))).toBe(true);
    expect(sent).toEqual([]);

    // A phone that shares files (Android, iOS): the share sheet gets the PNG, no download.
    await page.evaluate(() => {
      const w = window as unknown as { __shared: { name: string; type: string; size: number }[] };
      w.__shared = [];
      Object.defineProperty(navigator, 'canShare', { configurable: true, value: (d: { files?: File[] }) => (d.files ?? []).every((f) => f.type === 'image/png') });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (d: { files?: File[] }) => {
          for (const f of d.files ?? []) w.__shared.push({ name: f.name, type: f.type, size: f.size });
        },
      });
    });
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await dialog.getByRole('button', { name: 'Lưu thành ảnh' }).tap();
    await page.waitForFunction(() => (window as unknown as { __shared: unknown[] }).__shared.length === 1);
    const shared = await page.evaluate(() => (window as unknown as { __shared: { name: string; type: string; size: number }[] }).__shared[0]);
    expect(shared).toMatchObject({ name: 'ho-chieu-dia-chi-do.png', type: 'image/png' });
    expect(shared?.size).toBeGreaterThan(10_000);
    expect(downloads).toBe(0);
    expect(sent).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
  }, SLOW);
});
