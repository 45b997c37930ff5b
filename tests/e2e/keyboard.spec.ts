import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Browser, type Page } from './helper.ts';
import { openApp, panelSiteId } from './driver.ts';
import { focusState } from './quality-driver.ts';

/**
 * A keyboard-only journey (page.keyboard only, no clicks): find a site by search, open it, add it to a plan, read
 * the plan. Focus must be visible at every step, move into a panel when it opens and come back when it closes.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Press Tab (or Shift+Tab) until `matches` holds for the focused element; every stop must show its focus. */
async function tabTo(page: Page, matches: (f: { tag: string; label: string; inside: string | null }) => boolean, opts: { back?: boolean; max?: number } = {}) {
  const seen: string[] = [];
  for (let i = 0; i < (opts.max ?? 40); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const f = await focusState(page);
    seen.push(`${f.tag} "${f.label}"`);
    expect(f.visible, `focus not visible on ${f.tag} "${f.label}" (${f.style})`).toBe(true);
    if (matches(f)) return f;
  }
  throw new Error(`never reached the target; focus went through: ${seen.join(' → ')}`);
}

describe('keyboard only: search → site → plan → read the plan', () => {
  it('works with visible focus all along, focus into panels and back', async () => {
    const { page, pageErrors } = await openPage(browser);
    await openApp(page);

    // 1. Find the search box from the top of the page.
    await tabTo(page, (f) => f.tag === 'INPUT' && /Tìm/.test(f.label));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('tin keo', { delay: 30 });
    await page.waitForSelector('.search__option');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    // 2. The panel opens and takes focus (its heading).
    await page.waitForSelector('.site-panel');
    expect(await panelSiteId(page)).toBe('tin-keo');
    await page.waitForFunction(() => document.activeElement?.id === 'site-panel-title');
    expect((await focusState(page)).visible, 'the focused panel heading shows its focus').toBe(true);

    // 3. Add it to the plan from inside the panel.
    const add = await tabTo(page, (f) => f.inside === 'site-panel' && /Thêm vào lịch trình/.test(f.label));
    expect(add.tag).toBe('BUTTON');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.site-panel .add-to-plan--panel')?.getAttribute('aria-pressed') === 'true');

    // 4. Escape closes the panel and gives focus back to where the journey came from (the search box).
    await page.keyboard.press('Escape');
    await page.waitForSelector('.site-panel', { state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
    expect((await focusState(page)).visible).toBe(true);

    // 5. Open the planner from the header and read the plan.
    await tabTo(page, (f) => f.tag === 'BUTTON' && /^Lịch trình/.test(f.label));
    await page.keyboard.press('Enter');
    await page.waitForSelector('#planner');
    await page.waitForFunction(() => document.activeElement?.closest('#planner') !== null, undefined, { timeout: 5000 });
    expect((await focusState(page)).visible, 'focus visible inside the planner').toBe(true);
    expect(await page.locator('#planner').textContent()).toContain('Tỉn Keo');
    await tabTo(page, (f) => f.inside === 'planner' && /Tỉn Keo/.test(f.label), { max: 30 });

    // 6. Escape closes the planner; focus returns to its button in the header.
    await page.keyboard.press('Escape');
    await page.waitForSelector('#planner', { state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.classList.contains('planner-button') ?? false);
    expect((await focusState(page)).visible).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
