/**
 * Layout that holds at every size (issue 18 items 5, 9, 10; issue 17 item 9): the phone site sheet under a real
 * finger, header controls that are never cut, the filter sign on the map, the room the map keeps between panels.
 * One browser; a phone page for the finger, one desktop page resized for the rest (fast: no new page per width).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser, type CDPSession, type Page } from './helper.ts';
import { appUrl } from './driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A finger's swipe through CDP touch events (touchStart, a few touchMoves, touchEnd), as a phone sends them. */
async function swipe(cdp: CDPSession, x: number, fromY: number, toY: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }] });
  const steps = 8;
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: fromY + ((toY - fromY) * i) / steps }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const sheetBox = (page: Page) =>
  page.evaluate(() => {
    const r = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
    const body = document.querySelector<HTMLElement>('.site-panel__body')!;
    return {
      scrollY: window.scrollY,
      docHeight: document.documentElement.scrollHeight,
      headerTop: r('.app-header').top,
      tabsBottom: r('.view-tabs').bottom,
      sheetTop: r('.site-panel').top,
      sheetBottom: r('.site-panel').bottom,
      bodyScrollTop: body.scrollTop,
      bodyScrollable: body.scrollHeight > body.clientHeight + 100,
      titleHeight: r('#site-panel-title').height,
    };
  });

describe('phone site sheet (390×844, a finger)', () => {
  it('a swipe up expands the sheet to full height without scrolling the page; its body scrolls; the title shortens; a swipe down collapses', async () => {
    const { page, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true, reducedMotion: 'reduce' });
    // The sheet does not wait for the map to be drawn, nor does this test (software WebGL is slow here).
    await page.goto(appUrl('?site=tin-keo'));
    await page.locator('.site-panel[data-site-id="tin-keo"]').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const start = await sheetBox(page);
    expect(start.sheetTop).toBeGreaterThan(300); // part-way up: the map shows above it
    const longTitle = start.titleHeight;
    expect(longTitle).toBeGreaterThan(60); // this site's name takes several lines

    // Up, with the finger on the sheet's text.
    await swipe(cdp, 200, start.sheetTop + 220, start.sheetTop - 150);
    await page.locator('.site-panel--expanded').waitFor();
    const open = await sheetBox(page);
    expect(open.scrollY).toBe(0);
    expect(open.docHeight).toBeLessThanOrEqual(844);
    expect(open.headerTop).toBe(0);
    expect(open.sheetTop).toBeLessThanOrEqual(open.tabsBottom + 1); // full height under the header and tabs
    expect(open.sheetBottom).toBeGreaterThanOrEqual(843);
    expect(open.bodyScrollable).toBe(true);

    // Up again: now the sheet's own content scrolls, the page still does not, and the pinned title takes one line.
    await swipe(cdp, 200, 700, 250);
    await expect.poll(async () => (await sheetBox(page)).bodyScrollTop, { timeout: 5000 }).toBeGreaterThan(100);
    await page.locator('.site-panel--scrolled').waitFor();
    const scrolled = await sheetBox(page);
    expect(scrolled.scrollY).toBe(0);
    expect(scrolled.headerTop).toBe(0);
    expect(scrolled.titleHeight).toBeLessThan(longTitle / 2);

    // Down on the sheet's header: back to part-way, the map in view again.
    await swipe(cdp, 200, scrolled.sheetTop + 40, scrolled.sheetTop + 300);
    await page.locator('.site-panel--expanded').waitFor({ state: 'detached' });
    const back = await sheetBox(page);
    expect(back.sheetTop).toBeGreaterThan(300);
    expect(back.scrollY).toBe(0);

    // The handle is a button a keyboard can use (and a tap).
    const handle = page.locator('.site-panel__handle');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    await handle.focus();
    await page.keyboard.press('Enter');
    await page.locator('.site-panel--expanded').waitFor();
    expect(await handle.getAttribute('aria-label')).toBe('Thu gọn thông tin địa điểm');
    await handle.tap();
    await page.locator('.site-panel--expanded').waitFor({ state: 'detached' });
    await page.screenshot({ path: 'test-results/layout-phone-sheet.png' });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
