import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser, type Page } from './helper.ts';
import { appUrl, expectNoOutsideRequests } from './driver.ts';

/**
 * The site quiz on a phone, as a student takes it: opened at the end of the story, answered by keyboard (arrows,
 * Space, Enter) and by a finger tap, feedback and score on screen, and its chunk loaded only on the first press;
 * then the visit passport: the quiz's stamp, still there after a reload, a QR plate's stamp, "I am here" (far, then
 * near), and a damaged store that shows a notice instead of breaking. One page for the whole journey.
 */

const SHOTS = 'test-results/quiz';
const dist = join(import.meta.dirname, '../../dist');

interface Served {
  questions: Array<{ question: { vi: string }; options: Array<{ vi: string; correct?: boolean }> }>;
}
const sitesFile = JSON.parse(readFileSync(join(dist, 'content/sites.geojson'), 'utf8')) as {
  features: Array<{ id: string; geometry: { coordinates: [number, number] } | null }>;
};
const denDuom = sitesFile.features.find((f) => f.id === 'den-duom')?.geometry?.coordinates ?? [0, 0];
const tinKeo = JSON.parse(readFileSync(join(dist, 'content/quizzes/tin-keo.json'), 'utf8')) as Served;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The shown position of the right option of the question on screen. */
async function rightShown(page: Page): Promise<number> {
  const legend = (await page.locator('.quiz__text').textContent()) ?? '';
  const q = tinKeo.questions.find((x) => x.question.vi === legend);
  if (!q) throw new Error(`unknown question ${legend}`);
  const right = q.options.find((o) => o.correct === true)?.vi;
  const labels = await page.locator('.quiz__option > span:first-of-type').allTextContents();
  return labels.indexOf(right ?? '');
}

/** Scroll the site sheet (not the page) so the quiz's top is at the sheet's top, for the screenshot. */
async function showQuizTop(page: Page): Promise<void> {
  await page.locator('.quiz').evaluate((el) => {
    const box = el.closest('.site-panel__body');
    if (box) box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  });
}

describe('site quiz (phone)', () => {
  let page: Page;
  let outside: string[];
  let errors: string[];
  const chunks: string[] = [];

  beforeAll(async () => {
    // The position is allowed from the start but only asked on the "I am here" tap; first far from Đền Đuổm.
    const opened = await openPage(browser, {
      viewport: VIEWPORTS.phone,
      isMobile: true,
      permissions: ['geolocation'],
      geolocation: { longitude: denDuom[0], latitude: denDuom[1] + 0.05 },
    });
    page = opened.page;
    outside = opened.outsideRequests;
    errors = opened.pageErrors;
    page.on('request', (r) => chunks.push(r.url()));
  });

  it('answers the Tỉn Keo quiz by keyboard and tap, sees feedback with the story link and the score', async () => {
    await page.goto(appUrl('?site=tin-keo'));
    await page.getByRole('button', { name: 'Đọc câu chuyện đầy đủ' }).click();
    const open = page.getByRole('button', { name: 'Đố vui' });
    await open.waitFor();
    expect(chunks.some((u) => /SiteQuiz-/.test(u)), 'the quiz loads on first use').toBe(false);
    await open.focus();
    await page.keyboard.press('Enter');
    await page.locator('fieldset.quiz__question').waitFor();
    expect(chunks.some((u) => /SiteQuiz-/.test(u))).toBe(true);
    const total = tinKeo.questions.length;
    expect(await page.locator('.quiz__progress').textContent()).toBe(`Câu 1/${total}`);
    // Focus is on the first option of a native radio group.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');

    // Question 1 by keyboard: arrows to the right option (Space if it is the first), Enter checks.
    let k = await rightShown(page);
    if (k === 0) await page.keyboard.press('Space');
    for (let i = 0; i < k; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.quiz__verdict--right').waitFor();
    await expect.poll(() => page.locator('.quiz [role="status"]').textContent()).toMatch(/^Đúng rồi!/);
    const link = page.locator('.quiz__source a');
    // A section heading of the story (H2), or its title (H3) for a question on the opening paragraphs.
    expect(await link.textContent()).toMatch(/^Đọc lại (trong câu chuyện: |phần mở đầu câu chuyện$)/);
    const target = ((await link.getAttribute('href')) ?? '').slice(1);
    expect(await page.locator(`[id="${target}"]`).evaluate((h) => h.tagName)).toMatch(/^H[23]$/);
    await showQuizTop(page);
    await page.screenshot({ path: `${SHOTS}/quiz-feedback-phone.png` });
    // The link takes the reader to the section (focus there), then back to the quiz.
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
    // Focus was on the link; Next is a Tab away from the quiz's feedback.
    await page.getByRole('button', { name: 'Câu tiếp theo' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.quiz__progress').textContent()).toBe(`Câu 2/${total}`);

    // Question 2 by finger: a wrong option, tapped, then Check tapped.
    k = await rightShown(page);
    const wrongOption = page.locator('.quiz__option').nth(k === 0 ? 1 : 0);
    await wrongOption.scrollIntoViewIfNeeded();
    const wrongBox = await wrongOption.boundingBox();
    if (!wrongBox) throw new Error('no option box');
    await page.touchscreen.tap(wrongBox.x + 40, wrongBox.y + wrongBox.height / 2);
    await page.getByRole('button', { name: 'Kiểm tra' }).scrollIntoViewIfNeeded();
    const checkBox = await page.getByRole('button', { name: 'Kiểm tra' }).boundingBox();
    if (!checkBox) throw new Error('no check box');
    await page.touchscreen.tap(checkBox.x + checkBox.width / 2, checkBox.y + checkBox.height / 2);
    await page.locator('.quiz__verdict--wrong').waitFor();
    expect(await page.locator('.quiz__verdict--wrong').textContent()).toMatch(/Chưa đúng\. Đáp án đúng: /);
    await page.keyboard.press('Enter'); // focus moved to "Câu tiếp theo"

    // The rest right, by keyboard.
    for (let n = 3; n <= total; n++) {
      k = await rightShown(page);
      if (k === 0) await page.keyboard.press('Space');
      for (let i = 0; i < k; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('.quiz__verdict--right').waitFor();
      await page.keyboard.press('Enter');
    }
    await page.locator('.quiz__score').waitFor();
    expect(await page.locator('.quiz__score').textContent()).toBe(`Bạn trả lời đúng ${total - 1}/${total} câu.`);
    await expect.poll(() => page.locator('.quiz [role="status"]').textContent()).toMatch(new RegExp(`^Bạn trả lời đúng ${total - 1}/${total} câu\\. Giỏi lắm!`));
    await showQuizTop(page);
    await page.screenshot({ path: `${SHOTS}/quiz-score-phone.png` });
  });

  it('gets the stamp in the passport, keeps it over a reload, adds a QR and an "I am here" stamp', async () => {
    const total = sitesFile.features.length;
    await page.locator('.quiz__stamp').waitFor();
    expect(await page.locator('.quiz__stamp').textContent()).toBe('Bạn được đóng dấu Đồi Tỉn Keo vào Hộ chiếu địa chỉ đỏ.');
    expect(chunks.some((u) => /PassportView-/.test(u)), 'the passport loads on first use').toBe(false);
    await page.getByRole('button', { name: 'Xem hộ chiếu' }).click();
    const dialog = page.getByRole('dialog', { name: /Hộ chiếu địa chỉ đỏ/ });
    await dialog.waitFor();
    expect(await dialog.locator('.passport__progress span').textContent()).toBe(`Đã có 1/${total} dấu`);
    expect(await dialog.locator('.passport__cell--stamped').evaluateAll((c) => c.map((e) => e.getAttribute('data-site-id')))).toEqual(['tin-keo']);
    await page.screenshot({ path: `${SHOTS}/passport-phone.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // A fresh load of a QR plate's address: the stamp from the quiz is still there, the plate adds its own, and
    // the mark leaves the address (a site opened next must not count as scanned).
    await page.goto(appUrl('?site=den-duom&from=qr'));
    await page.locator('.site-panel').waitFor();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?site=den-duom');
    await page.getByRole('button', { name: /Hộ chiếu/ }).click();
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.passport__progress span').textContent()).toBe(`Đã có 2/${total} dấu`);
    expect(await dialog.locator('[data-site-id="den-duom"] .passport__stamp').getAttribute('aria-label')).toMatch(/quét mã QR tại nơi này$/);
    await page.keyboard.press('Escape');

    // "I am here" at a site: far away first (no stamp), then within its radius.
    const [lon, lat] = denDuom;
    await page.getByRole('button', { name: 'Tôi đang ở đây' }).click();
    await expect.poll(() => page.locator('.here-button__note').textContent()).toMatch(/^Bạn đang cách điểm của nơi này trên bản đồ khoảng 5,6 km, ngoài bán kính \d+ m, nên chưa đóng dấu được\.$/);
    await page.context().setGeolocation({ longitude: lon, latitude: lat + 0.002, accuracy: 20 });
    await page.getByRole('button', { name: 'Tôi đang ở đây' }).click();
    await expect.poll(() => page.locator('.here-button__note').textContent()).toBe('Hộ chiếu của bạn đã có dấu của nơi này.');
    expect(errors).toEqual([]);
  });

  it('a damaged passport store shows a notice, is set aside, and the app goes on', async () => {
    await page.evaluate(() => localStorage.setItem('red-address.passport.v1', '{"version":1,"stamps":{"tin-keo":{"at":'));
    await page.reload();
    await page.getByRole('button', { name: /Hộ chiếu/ }).click();
    const dialog = page.getByRole('dialog', { name: /Hộ chiếu địa chỉ đỏ/ });
    await dialog.waitFor();
    expect(await dialog.getByRole('alert').textContent()).toMatch(/bị hỏng nên không đọc được\. Bản cũ đã được cất riêng/);
    expect(await dialog.locator('.passport__progress span').textContent()).toMatch(/^Đã có 0\//);
    expect(await page.evaluate(() => localStorage.getItem('red-address.passport.v1.damaged'))).toBe('{"version":1,"stamps":{"tin-keo":{"at":');
    expect(errors).toEqual([]);
    await expectNoOutsideRequests(outside);
  });
});
