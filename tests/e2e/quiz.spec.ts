import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser, type Page } from './helper.ts';
import { appUrl, expectNoOutsideRequests } from './driver.ts';

/**
 * The site quiz on a phone, as a student takes it: opened at the end of the story, answered by keyboard (arrows,
 * Space, Enter) and by a finger tap, feedback and score on screen, and its chunk loaded only on the first press.
 * One page for the whole journey.
 */

const SHOTS = 'test-results/quiz';
const dist = join(import.meta.dirname, '../../dist');

interface Served {
  questions: Array<{ question: { vi: string }; options: Array<{ vi: string; correct?: boolean }> }>;
}
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
    const opened = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true });
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
    expect(await link.textContent()).toMatch(/^Đọc lại trong câu chuyện: /);
    const target = ((await link.getAttribute('href')) ?? '').slice(1);
    expect(await page.locator(`[id="${target}"]`).evaluate((h) => h.tagName)).toBe('H2');
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
    expect(errors).toEqual([]);
    await expectNoOutsideRequests(outside);
  });
});
