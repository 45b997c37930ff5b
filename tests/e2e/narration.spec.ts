import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser } from './helper.ts';
import { appUrl, expectNoOutsideRequests } from './driver.ts';
import { installSpeechFake, type SpeechProbe } from './speech-fake.ts';

/**
 * "Nghe" on the built app in real Chromium, with a device voice injected before the app starts (headless Chromium
 * has none) and without one. Keyboard only: the player must work without a pointer and never start by itself.
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
