import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser } from './helper.ts';
import { appUrl, expectNoOutsideRequests } from './driver.ts';
import { installSpeechFake, type SpeechProbe } from './speech-fake.ts';
import { silentMp3 } from '../support/silent-mp3.ts';

/**
 * "Nghe" on the built app in real Chromium, with a device voice injected before the app starts (headless Chromium
 * has none) and without one; and a recording (a generated silent MP3 served in place of the content's empty list).
 * Keyboard only: the players must work without a pointer and never start by itself.
 */

declare global {
  interface Window {
    __speech: SpeechProbe;
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const probe = (page: import('./helper.ts').Page) => page.evaluate(() => ({ ...window.__speech, spoken: [...window.__speech.spoken] }));

describe('narration with the device voice', () => {
  it('reads the story sentence by sentence by keyboard, keeps the current one in view, stops on language change and on close', async () => {
    const { page, context, outsideRequests, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.narrowDesktop });
    await context.addInitScript(installSpeechFake, [
      { name: 'English (US)', lang: 'en-US', localService: true },
      { name: 'Tiếng Việt (An)', lang: 'vi-VN', localService: true },
    ]);
    const chunks: string[] = [];
    page.on('request', (r) => chunks.push(r.url()));
    await page.goto(appUrl('?site=tin-keo'));
    const listen = page.getByRole('button', { name: 'Nghe' });
    await listen.waitFor();
    expect(chunks.some((u) => /SpeechPlayer-/.test(u)), 'player loads on first use').toBe(false);
    expect((await probe(page)).spoken).toEqual([]); // no autoplay

    await listen.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__speech.spoken.length === 1);
    expect(chunks.some((u) => /SpeechPlayer-/.test(u))).toBe(true);
    let p = await probe(page);
    expect(p.spoken[0]).toEqual({ text: 'Đồi Tỉn Keo – nơi quyết định mở Chiến dịch Điện Biên Phủ', lang: 'vi-VN', voice: 'Tiếng Việt (An)' });
    // Focus is in the player: Space pauses, Space again reads the same sentence again.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tạm dừng');

    for (let i = 0; i < 12; i++) await page.evaluate(() => window.__speech.finish());
    p = await probe(page);
    expect(p.spoken.length).toBe(13);
    const current = page.locator('.narration__chunk.is-current');
    await expect.poll(() => current.textContent()).toBe(`${p.current} `);
    // Kept in view inside the transcript box.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document.querySelector('.narration__chunk.is-current')!.getBoundingClientRect();
          const box = document.querySelector('.narration__transcript')!.getBoundingClientRect();
          return el.top >= box.top - 1 && el.bottom <= box.bottom + 1;
        }),
      )
      .toBe(true);
    // …and the controls stay on screen (only the transcript box scrolls).
    expect(await page.getByRole('button', { name: 'Tạm dừng' }).evaluate((b) => b.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Space');
    expect((await probe(page)).current).toBeNull();
    await page.keyboard.press('Space');
    expect((await probe(page)).current).toBe(p.current);

    // Another language: the reading stops and the English button waits to be pressed.
    const cancels = (await probe(page)).cancels;
    await page.locator('.lang-switch').click();
    await page.getByRole('button', { name: 'Listen' }).waitFor();
    p = await probe(page);
    expect(p.current).toBeNull();
    expect(p.cancels).toBeGreaterThan(cancels);
    expect(p.spoken.length).toBe(14);

    await page.getByRole('button', { name: 'Listen' }).click();
    await page.waitForFunction(() => window.__speech.current !== null);
    expect((await probe(page)).spoken.at(-1)?.lang).toBe('en-US');
    await page.keyboard.press('Escape'); // closes the panel
    await page.locator('.site-panel').waitFor({ state: 'detached' });
    expect((await probe(page)).current).toBeNull();
    expect(pageErrors).toEqual([]);
    await expectNoOutsideRequests(outsideRequests);
    await context.close();
  });

  it('without a Vietnamese voice: no Listen button, a note that opens how to add one', async () => {
    const { page, context, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await context.addInitScript(installSpeechFake, [{ name: 'English (US)', lang: 'en-US', localService: true }]);
    await page.goto(appUrl('?site=tin-keo'));
    const note = page.locator('.narration__novoice summary');
    await note.waitFor();
    expect(await note.textContent()).toContain('chưa có giọng đọc tiếng Việt');
    expect(await page.getByRole('button', { name: 'Nghe' }).count()).toBe(0);
    await note.click();
    await page.getByText(/^Android:/).waitFor();
    await page.getByText(/^Windows:/).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('narration from a recording', () => {
  it('plays the recording instead of the device voice, by keyboard: play, +15 s, the slider, pause, stop', async () => {
    const { page, context, outsideRequests, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true });
    // No device voice at all: the recording needs none.
    await context.addInitScript(installSpeechFake, []);
    const mp3 = Buffer.from(silentMp3(40));
    const src = 'content/audio/tin-keo.vi.0123456789.mp3';
    await context.route('**/content/audio.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          'tin-keo': { vi: { src, type: 'audio/mpeg', duration: 40, credit: 'Người đọc thử', licence: 'CC0-1.0', source: 'Bản ghi thử của bộ kiểm thử' } },
        }),
      }),
    );
    const ranges: string[] = [];
    await context.route(`**/${src}`, (route) => {
      const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers()['range'] ?? '');
      ranges.push(range?.[0] ?? 'whole');
      if (!range) return route.fulfill({ status: 200, contentType: 'audio/mpeg', headers: { 'accept-ranges': 'bytes' }, body: mp3 });
      const start = Number(range[1]);
      const end = range[2] ? Number(range[2]) : mp3.length - 1;
      return route.fulfill({
        status: 206,
        headers: { 'content-type': 'audio/mpeg', 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${mp3.length}` },
        body: mp3.subarray(start, end + 1),
      });
    });
    await page.goto(appUrl('?site=tin-keo'));
    const listen = page.getByRole('button', { name: 'Nghe' });
    await listen.waitFor();
    expect(await page.locator('audio').count()).toBe(0); // nothing loads or plays before the press
    expect(ranges).toEqual([]);
    await listen.focus();
    await page.keyboard.press('Enter');
    const audio = page.locator('.narration--audio audio');
    await audio.waitFor({ state: 'attached' });
    const media = () => audio.evaluate((a: HTMLAudioElement) => ({ paused: a.paused, time: a.currentTime, duration: a.duration }));
    await expect.poll(async () => (await media()).time, { timeout: 10000 }).toBeGreaterThan(0); // it really plays
    expect((await media()).duration).toBeCloseTo(40, 0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tạm dừng');
    expect((await probe(page)).spoken).toEqual([]);

    await page.keyboard.press('Tab'); // −15 s
    await page.keyboard.press('Tab'); // +15 s
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await media()).time).toBeGreaterThanOrEqual(15);
    const slider = page.getByRole('slider', { name: 'Vị trí trong bản ghi' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(async () => (await media()).time).toBeGreaterThanOrEqual(39);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await media()).time).toBeLessThan(2);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^0:0\d trên 0:(39|40)$/);
    await page.screenshot({ path: 'test-results/narration-recording-phone.png' }).catch(() => undefined);

    await page.getByRole('button', { name: 'Tạm dừng' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await media()).paused).toBe(true);
    await page.getByRole('button', { name: 'Phát' }).waitFor();
    await page.getByRole('button', { name: 'Dừng nghe' }).focus();
    await page.keyboard.press('Enter');
    await audio.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Nghe');
    expect(ranges.length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await expectNoOutsideRequests(outsideRequests);
    await context.close();
  });
});
