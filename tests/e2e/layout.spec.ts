/**
 * Layout that holds at every size (issue 18 items 5, 9, 10; issue 17 item 9): the phone site sheet under a real
 * finger, header controls that are never cut, the filter sign on the map, the room the map keeps between panels.
 * One browser; a phone page for the finger, one desktop page resized for the rest (fast: no new page per width).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser, type CDPSession, type Page } from './helper.ts';
import { appUrl, mapIdle, waitForMap } from './driver.ts';
import { addFromList, withoutRoads } from './planner-driver.ts';
import sitesRaw from '../../data/sites.geojson?raw';

/** The number of sites in the content (never written out: the content grows). */
const SITE_COUNT = (JSON.parse(sitesRaw) as { features: unknown[] }).features.length;

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

/** What is cut in the header now: controls wider inside than their box, off screen, or a placeholder that does not fit. */
function headerCuts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const cuts: string[] = [];
    const header = document.querySelector('.app-header')!;
    const vw = document.documentElement.clientWidth;
    const shown = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    for (const el of header.querySelectorAll<HTMLElement>('h1, button, input, .search, .planner-button__text')) {
      if (!shown(el)) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className.split(' ')[0] ?? ''} "${(el.textContent ?? '').trim() || el.getAttribute('placeholder')}"`;
      const box = el.getBoundingClientRect();
      if (el.scrollWidth > el.clientWidth + 1) cuts.push(`${name}: ${el.scrollWidth} > ${el.clientWidth} px`);
      if (box.left < -0.5 || box.right > vw + 0.5) cuts.push(`${name}: off screen (${Math.round(box.left)}–${Math.round(box.right)})`);
    }
    // Nothing spills out of the tools row (a row squeezed below its content spills to the left, over the title).
    const tools = header.querySelector('.app-header__tools')!.getBoundingClientRect();
    const title = header.querySelector('.app-header__title')!.getBoundingClientRect();
    for (const el of header.querySelectorAll<HTMLElement>('.app-header__tools > *')) {
      const box = el.getBoundingClientRect();
      if (box.left < tools.left - 0.5 || box.right > tools.right + 0.5) cuts.push(`${el.className}: outside the tools row`);
      const besideTitle = box.top < title.bottom && box.bottom > title.top;
      if (besideTitle && box.left < title.right - 0.5) cuts.push(`${el.className}: over the title`);
    }
    const input = header.querySelector('input');
    if (input && shown(input)) {
      const cs = getComputedStyle(input);
      const font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      // Load the web font only: the size-adjusted local() fallbacks (app.css) fail on a machine without Roboto or
      // Arial, and fonts.load rejects when any matching face fails. The measure below still uses the whole stack.
      await document.fonts.load(`${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily.split(',')[0] ?? ''}`, input.placeholder);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = font;
      const need = ctx.measureText(input.placeholder).width;
      const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      if (need > room) cuts.push(`placeholder "${input.placeholder}": ${Math.ceil(need)} > ${Math.floor(room)} px`);
    }
    return cuts;
  });
}

/** Visible text in the app set under 20 px (the kiosk's secondary text used to be 16–19 px). */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('.app')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!el || text.length < 2 || !el.checkVisibility() || el.closest('.visually-hidden, .maplibregl-ctrl-attrib')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 20) found.push(`${el.tagName.toLowerCase()}.${el.className.split(' ')[0] ?? ''} ${size}px "${text.slice(0, 24)}"`);
    }
    return found;
  });
}

describe('one desktop page, resized', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    const opened = await openPage(browser, { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' });
    page = opened.page;
    errors = opened.pageErrors;
    await withoutRoads(page); // the planner's estimates are enough here (no routing worker busy on a shared CPU)
    await page.goto(appUrl());
    await page.locator('.app-header .planner-button').waitFor();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('1440×900, planner and site panel open: the map keeps ≥ 480 px, both panels and the plan stay in view; at 1024 the panel opens over the planner', async () => {
    await waitForMap(page);
    for (const id of ['bao-tang-van-hoa-cac-dan-toc-viet-nam', 'tin-keo', 'den-duom']) await addFromList(page, id);
    await page.locator('.app-header .planner-button').click();
    await page.locator('#planner .planner__body').waitFor();
    await page.locator('.sites-list .site-item[data-site-id="tin-keo"]').click();
    await page.locator('.site-panel[data-site-id="tin-keo"]').waitFor();
    await mapIdle(page);
    const room = () =>
      page.evaluate(() => {
        const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
        const canvas = box('canvas.maplibregl-canvas')!;
        const panel = box('.site-panel')!;
        const planner = box('#planner')!;
        const hook = window.__redAddressMap!;
        const f = hook.map.querySourceFeatures('plan-points').find((x) => x.properties['site'] === 'tin-keo');
        const p = f ? hook.project(...((f.geometry as GeoJSON.Point).coordinates as [number, number])) : null;
        const mapRight = Math.min(panel.left, planner.left);
        const onTop = document.elementFromPoint(panel.left + panel.width / 2, panel.top + panel.height / 2)?.closest('.site-panel, #planner')?.id;
        return {
          visibleMap: mapRight - canvas.left,
          apart: panel.right <= planner.left + 1,
          plannerWidth: planner.width,
          onTop: onTop === 'planner' ? 'planner' : 'panel',
          planDrawn: hook.map.getSource('plan-points') !== undefined,
          stopInView: p !== null && canvas.left + p.x > canvas.left && canvas.left + p.x < mapRight && p.y > 0 && p.y < canvas.height,
        };
      });
    const wide = await room();
    expect(wide.visibleMap).toBeGreaterThanOrEqual(480); // 280 px before
    expect(wide).toMatchObject({ apart: true, planDrawn: true, stopInView: true, onTop: 'panel' });
    expect(wide.plannerWidth).toBeGreaterThan(300);
    await page.screenshot({ path: 'test-results/layout-desktop-planner-panel.png' });

    await page.setViewportSize(VIEWPORTS.smallDesktop);
    await mapIdle(page);
    const narrow = await room();
    expect(narrow.visibleMap).toBeGreaterThanOrEqual(480);
    expect(narrow).toMatchObject({ onTop: 'panel', planDrawn: true });
    // Closing the panel gives the planner and the list back.
    await page.locator('.site-panel .site-panel__header .icon-button').click();
    await page.locator('.site-panel').waitFor({ state: 'detached' });
    expect(await page.locator('#planner').isVisible()).toBe(true);
    expect(await page.locator('.sites-list').isVisible()).toBe(true);
    await page.locator('.app-header .planner-button').click();
    await page.locator('#planner').waitFor({ state: 'detached' });
  });

  it('phone map tab: "Đang lọc: n/<all>" with a clear button while filters hide sites', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.locator('.view-tabs button', { hasText: 'Danh sách' }).click();
    const filters = page.locator('details.filters');
    if ((await filters.getAttribute('open')) === null) await filters.locator('summary').click();
    await filters.locator('input[type="checkbox"]').first().check();
    const shown = await page.locator('.sites-list .site-item').count();
    expect(shown).toBeLessThan(SITE_COUNT);
    await page.locator('.view-tabs button', { hasText: 'Bản đồ' }).click();
    const chip = page.locator('.app__map .filter-chip');
    expect(await chip.locator('.filter-chip__text').innerText()).toBe(`Đang lọc: ${shown}/${SITE_COUNT}`);
    await chip.getByRole('button', { name: 'Bỏ lọc' }).click();
    await chip.waitFor({ state: 'detached' });
    await page.locator('.view-tabs button', { hasText: 'Danh sách' }).click();
    expect(await page.locator('.sites-list .site-item').count()).toBe(SITE_COUNT);
    await page.locator('.view-tabs button', { hasText: 'Bản đồ' }).click();
  });

  it('no header control is ever cut, from 360 to 1920 px, in both languages; kiosk at 1366, 1440, 1920', async () => {
    const cuts: string[] = [];
    // Only the header is measured: the map under it is set aside, or software WebGL redraws it at every size.
    const setMapAside = () => page.evaluate(() => document.querySelector<HTMLElement>('.app__main')?.style.setProperty('display', 'none'));
    await setMapAside();
    const sweep = async (label: string, widths: number[]) => {
      for (const width of widths) {
        await page.setViewportSize({ width, height: width <= 760 ? 844 : 900 });
        for (const c of await headerCuts(page)) cuts.push(`${label} ${width}: ${c}`);
        if (width <= 760) {
          // Phones: the short title, and the planner button says its name next to its icon.
          expect(await page.locator('.app-header h1').innerText()).toMatch(/^(Địa chỉ đỏ Thái Nguyên|Red Addresses of Thái Nguyên)$/);
          const label = await page.locator('.planner-button__text').boundingBox();
          expect(label && label.width > 20 && label.height > 8, `${width}: planner label visible`).toBe(true);
        }
      }
    };
    const widths = [360, 390, 768, 1024, 1366, 1440, 1920];
    await sweep('vi', widths);
    await page.locator('.lang-switch').click();
    await page.locator('html[lang="en"]').waitFor();
    await sweep('en', widths);
    // The kiosk at 1920×1080: its attract card, then a site's panel; no text under 20 px (readable from 1.5 m).
    await page.setViewportSize(VIEWPORTS.kiosk);
    await page.goto(appUrl('?mode=kiosk&attract=1&reset=600&dwell=60&lang=vi'));
    await page.locator('.attract-card').waitFor({ timeout: 30000 });
    const small: string[] = [];
    small.push(...(await smallText(page)));
    await page.screenshot({ path: 'test-results/layout-kiosk-attract.png' });
    await page.locator('.attract-card__more').click();
    await page.locator('.site-panel').waitFor();
    small.push(...(await smallText(page)));
    await page.screenshot({ path: 'test-results/layout-kiosk-site.png' });
    expect([...new Set(small)]).toEqual([]);
    await setMapAside();
    await sweep('kiosk vi', [1366, 1440, 1920]);
    await page.locator('.lang-switch').click();
    await page.locator('html[lang="en"]').waitFor();
    await sweep('kiosk en', [1366, 1440, 1920]);
    expect(cuts).toEqual([]);
    expect(errors).toEqual([]);
  });
});
