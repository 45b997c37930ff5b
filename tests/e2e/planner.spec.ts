import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser } from './helper.ts';
import { expectNoOutsideRequests, mapIdle, openApp, panelSiteId, renderedFeatures, selectInList, waitForMap } from './driver.ts';
import {
  addFromList, addFromPanel, download, dragWithFinger, dragWithMouse, handoutMapInk, moveWithKeyboard, openPlanner, optimise, parseGpx,
  plannedOrder, prepareHandout, shareLink, totalKm, withoutRoads,
} from './planner-driver.ts';
import { pdfText } from './pdf-text.ts';
import sitesRaw from '../../data/sites.geojson?raw';
import routesRaw from '../../data/routes.json?raw';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePlan, encodePlan, siteCode } from '../../src/domain/plan/plan-url.ts';
import { PLAN_CORRUPT_KEY, PLAN_STORAGE_KEY } from '../../src/domain/plan/plan-storage.ts';

interface RawSite {
  id: string;
  geometry: { coordinates: [number, number] } | null;
  properties: { name: { vi: string; en: string }; shortName?: { vi: string }; summary: { vi: string } };
}
const sites = (JSON.parse(sitesRaw) as { features: RawSite[] }).features;
const site = (id: string) => sites.find((s) => s.id === id)!;

// Four sites across the province: Hang Phượng Hoàng (Võ Nhai, far east), Đền Đuổm (on QL3), Khu di tích 27/7
// (placed only at its commune centre) and the journalism school (Đại Từ).
const FOUR = ['hang-phuong-hoang', 'den-duom', 'khu-di-tich-27-7', 'truong-day-lam-bao-huynh-thuc-khang'];
const planQuery = (stops: string[], extra = '') =>
  `?plan=${encodePlan({ v: 1, start: { kind: 'preset', id: 'thai-nguyen-city' }, startTime: '07:00', stops: stops.map((s) => ({ site: s, minutes: 45 })) })}${extra}`;

/** Page errors of this feature (the basemap's own style warnings, another issue's work, are not ours). */
const ours = (errors: string[]) => errors.filter((e) => !/on source "basemap"/.test(e));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the teacher's planner (real Chromium)", () => {
  it('builds a plan of four sites, reorders by keyboard, optimises, and the share link opens the same plan in a fresh page', async () => {
    const { page, pageErrors, outsideRequests } = await openPage(browser);
    await withoutRoads(page); // the estimate path: km figures and the km optimiser (road legs: routing.spec.ts)
    await openApp(page);
    // One from the site panel, three from the list's + buttons.
    await selectInList(page, FOUR[0]!);
    await addFromPanel(page);
    expect(await page.locator('.site-panel .add-to-plan').textContent()).toContain('Đã có trong lịch trình');
    for (const id of FOUR.slice(1)) await addFromList(page, id);
    expect(await page.locator('.planner-button .badge').textContent()).toContain('4');

    await openPlanner(page);
    expect(await plannedOrder(page)).toEqual(FOUR);

    // Keyboard: move the second stop down, then the last one up.
    await moveWithKeyboard(page, 'den-duom', 'down');
    expect(await plannedOrder(page)).toEqual(['hang-phuong-hoang', 'khu-di-tich-27-7', 'den-duom', 'truong-day-lam-bao-huynh-thuc-khang']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-move'))).toBe('down');
    await moveWithKeyboard(page, 'truong-day-lam-bao-huynh-thuc-khang', 'up');
    const manual = ['hang-phuong-hoang', 'khu-di-tich-27-7', 'truong-day-lam-bao-huynh-thuc-khang', 'den-duom'];
    expect(await plannedOrder(page)).toEqual(manual);

    // Optimise: a different order, never longer.
    const before = await totalKm(page);
    const status = await optimise(page);
    const after = await totalKm(page);
    const optimised = await plannedOrder(page);
    expect(after).toBeLessThanOrEqual(before);
    expect(optimised).not.toEqual(manual);
    expect(status).toMatch(/ngắn hơn|ngắn nhất/);
    expect([...optimised].sort()).toEqual([...FOUR].sort());

    // Timetable, warnings and the estimated marks.
    const planner = page.locator('#planner');
    expect(await planner.locator('.planner__leg').first().textContent()).toContain('ước tính');
    expect(await planner.locator('.planner__warnings').textContent()).toContain('trung tâm xã');

    // The plan is in the address; a fresh page (new context: no localStorage) opens the same plan.
    const link = await shareLink(page);
    expect(new URL(page.url()).searchParams.get('plan')).toBe(new URL(link).searchParams.get('plan'));
    expect(await page.locator('#planner .planner__qr-code svg').count()).toBe(1);
    const fresh = await openPage(browser, { viewport: VIEWPORTS.phone });
    await withoutRoads(fresh.page);
    await fresh.page.goto(link);
    await waitForMap(fresh.page);
    await openPlanner(fresh.page);
    expect(await plannedOrder(fresh.page)).toEqual(optimised);
    expect(await totalKm(fresh.page)).toBeCloseTo(after, 5);
    expect(await fresh.page.locator('#planner .planner__notice').textContent()).toContain('đường dẫn được chia sẻ');

    // Reload keeps it (localStorage + URL).
    await page.reload();
    await waitForMap(page);
    await openPlanner(page);
    expect(await plannedOrder(page)).toEqual(optimised);

    expect(ours(pageErrors)).toEqual([]);
    expect(ours(fresh.pageErrors)).toEqual([]);
    await expectNoOutsideRequests([...outsideRequests, ...fresh.outsideRequests]);
  });

  it('draws the plan on the map (line, numbered stops, leg distances), fitted into view; a stop in the list selects its site', async () => {
    // A full desktop: beside the open planner, a small window leaves too little map for the leg labels to be placed.
    const { page } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await withoutRoads(page);
    await openApp(page, planQuery(FOUR));
    await openPlanner(page);
    await page.waitForFunction(() => !window.__redAddressMap?.map.isMoving());
    await mapIdle(page);
    const stops = await renderedFeatures(page, ['plan-stops']);
    expect(stops.map((f) => f.properties['label']).sort()).toEqual(['1', '2', '3', '4']);
    expect((await renderedFeatures(page, ['plan-start'])).length).toBe(1);
    expect((await renderedFeatures(page, ['plan-line-estimated', 'plan-line'])).length).toBeGreaterThan(0);
    const labels = (await renderedFeatures(page, ['plan-leg-labels'])).map((f) => String(f.properties['label']));
    expect(labels.some((l) => /km · .*\(ước tính\)/.test(l))).toBe(true);
    // Every stop is drawn in the part of the map the planner leaves visible.
    const points: [number, number][] = [[105.85, 21.6], ...FOUR.map((id) => site(id).geometry!.coordinates)];
    const visible = await page.evaluate((pts) => {
      const m = window.__redAddressMap!.map;
      const planner = document.querySelector('#planner')!.getBoundingClientRect();
      const box = m.getContainer().getBoundingClientRect();
      return pts.map((c) => {
        const p = m.project(c);
        return p.x + box.left < planner.left && p.x > 0 && p.x < box.width && p.y > 0 && p.y < box.height;
      });
    }, points);
    expect(visible.length).toBeGreaterThanOrEqual(5);
    expect(visible.every(Boolean)).toBe(true);

    await page.locator('#planner .planner__stop[data-site-id="den-duom"] .planner__name').click();
    expect(await panelSiteId(page)).toBe('den-duom');
  });

  it('prints an A4 handout to PDF: map image, stops with times and distances, summaries, location confidence, QR', async () => {
    const { page, pageErrors } = await openPage(browser);
    await withoutRoads(page);
    await openApp(page, planQuery(FOUR));
    await openPlanner(page);
    await prepareHandout(page);
    // The map image was read from the WebGL canvas right after a render (no preserveDrawingBuffer): not blank.
    expect(await handoutMapInk(page)).toBeGreaterThan(0.05);
    expect(await page.locator('.print-view__qr-code svg').count()).toBe(1);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    if (process.env['PDF_DEBUG']) console.log(text.replace(/\s+/g, ''));
    const flat = text.replace(/\s+/g, '');
    const has = (s: string) => flat.includes(s.replace(/\s+/g, ''));
    expect(has('Phiếu lịch trình tham quan'), text).toBe(true);
    // One date form, with its weekday: "Thứ Bảy, ngày 10/5/2025".
    expect(flat).toMatch(/(Thứ(Hai|Ba|Tư|Năm|Sáu|Bảy)|ChủNhật),ngày\d{1,2}\/\d{1,2}\/\d{4}/);
    for (const id of FOUR) {
      expect(has(site(id).properties.name.vi), `${id} in:\n${text}`).toBe(true);
      expect(has(site(id).properties.summary.vi.slice(0, 40)), `${id} summary`).toBe(true);
    }
    expect(has('Chỉ biết thuộc xã / phường (trung tâm xã)')).toBe(true);
    expect(has('ước tính')).toBe(true);
    expect(has('07:00')).toBe(true);
    // The times and leg distances the planner shows are on paper too.
    const times = await page.locator('#planner .planner__times').allTextContents();
    expect(times).toHaveLength(4);
    for (const t of times) expect(has(t), t).toBe(true);
    for (const leg of await page.locator('#planner .planner__leg').allTextContents()) {
      const figure = /[\d,]+ km · .*\)/.exec(leg)?.[0];
      expect(figure && has(figure), leg).toBe(true);
    }
    expect(has('Quét để mở trên điện thoại')).toBe(true);
    // The app's chrome is not printed.
    expect(has('Tối ưu thứ tự')).toBe(false);
    expect(has('Danh sách các địa điểm')).toBe(false);
    // The PDF embeds the map as an image.
    expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    expect(ours(pageErrors)).toEqual([]);
  });

  it('downloads the plan as GPX (every stop, in order) and as GeoJSON', async () => {
    const { page } = await openPage(browser);
    const order = ['den-duom', 'truong-day-lam-bao-huynh-thuc-khang', 'khu-di-tich-27-7', 'hang-phuong-hoang'];
    await withoutRoads(page); // straight legs: a GPX <rte> through the stops (a <trk> along the road: routing.spec.ts)
    await openApp(page, planQuery(order));
    await openPlanner(page);
    const gpx = await download(page, /GPX/);
    expect(gpx.name).toMatch(/\.gpx$/);
    const parsed = await parseGpx(page, gpx.text);
    expect(parsed.error).toBeNull();
    expect(parsed.version).toBe('1.1');
    expect(parsed.waypoints).toEqual(order.map((id, i) => `${i + 1}. ${site(id).properties.name.vi}`));
    expect(parsed.routePoints).toBe(order.length + 1);
    const geo = await download(page, /GeoJSON/);
    const fc = JSON.parse(geo.text) as { type: string; features: { properties: { kind: string; site?: string } }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.filter((f) => f.properties.kind === 'stop').map((f) => f.properties.site)).toEqual(order);
  });

  it('sets a corrupt saved plan aside with a notice; the app keeps working', async () => {
    const { page, context, pageErrors } = await openPage(browser);
    await context.addInitScript(
      ({ key }) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, '{"v":1,"start":{"kind":"preset","id":"nowhere"},"stops":[');
          sessionStorage.setItem('seeded', '1');
        }
      },
      { key: PLAN_STORAGE_KEY },
    );
    await openApp(page);
    expect(await page.locator('.plan-notices').textContent()).toContain('bị hỏng');
    await openPlanner(page);
    expect(await page.locator('#planner .planner__notice').textContent()).toContain('bị hỏng');
    expect(await page.evaluate((k) => localStorage.getItem(k), PLAN_CORRUPT_KEY)).toContain('"stops":[');
    await addFromList(page, 'den-duom');
    expect(await plannedOrder(page)).toEqual(['den-duom']);
    await selectInList(page, 'tin-keo');
    expect(await panelSiteId(page)).toBe('tin-keo');
    expect(ours(pageErrors)).toEqual([]);
  });

  it('shows a message for a broken plan link; the map, list and panels keep working', async () => {
    const { page, pageErrors } = await openPage(browser);
    await openApp(page, '?plan=1.c.0700.zzzz-45_!!&site=den-duom');
    expect(await page.locator('.plan-notices').textContent()).toContain('Đường dẫn lịch trình bị hỏng');
    expect(await page.locator('#planner').count()).toBe(0);
    expect(await panelSiteId(page)).toBe('den-duom');
    expect(new URL(page.url()).searchParams.get('plan')).toBeNull();
    expect(new URL(page.url()).searchParams.get('site')).toBe('den-duom');
    await selectInList(page, 'tin-keo');
    expect(await panelSiteId(page)).toBe('tin-keo');
    expect((await renderedFeatures(page, ['sites-points', 'sites-clusters'])).length).toBeGreaterThan(0);
    expect(ours(pageErrors)).toEqual([]);
  });

  it('keeps the current plan in the address through back and forward, and starts from "my location"', async () => {
    const { page, pageErrors } = await openPage(browser, { permissions: ['geolocation'], geolocation: { latitude: 21.75, longitude: 105.7 } });
    await openApp(page);
    await selectInList(page, 'den-duom');
    await addFromPanel(page);
    await selectInList(page, 'tin-keo');
    await addFromPanel(page);
    const planInUrl = () => {
      const d = decodePlan(new URL(page.url()).searchParams.get('plan') ?? '', sites.map((x) => x.id));
      return d.ok ? d.plan : null;
    };
    expect(planInUrl()?.stops.map((x) => x.site)).toEqual(['den-duom', 'tin-keo']);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.site-panel')?.getAttribute('data-site-id') === 'den-duom');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('site') === 'den-duom');
    expect(planInUrl()?.stops.map((x) => x.site)).toEqual(['den-duom', 'tin-keo']);

    await openPlanner(page);
    await page.locator('#planner select').first().selectOption('my-location');
    await page.waitForFunction(() => (new URL(location.href).searchParams.get('plan') ?? '').startsWith('1.p'));
    expect(planInUrl()?.start).toEqual({ kind: 'point', lon: 105.7, lat: 21.75 });
    expect(await page.locator('#planner .planner__departure').textContent()).toContain('Xuất phát từ vị trí của bạn');
    expect(ours(pageErrors)).toEqual([]);
  });

  it('shows a curated route on the map with its stops and legs, and copies it into the plan', async () => {
    const { page } = await openPage(browser);
    await openApp(page);
    await openPlanner(page);
    await page.getByRole('button', { name: 'Tuyến gợi ý' }).click();
    await page.locator('.routes__pick').first().click();
    await page.locator('.routes__detail').waitFor();
    await page.waitForFunction(() => !window.__redAddressMap?.map.isMoving());
    await mapIdle(page);
    expect((await renderedFeatures(page, ['plan-stops'])).length).toBeGreaterThanOrEqual(3);
    const legs = await page.locator('.routes__detail .planner__leg').allTextContents();
    expect(legs.length).toBe(3);
    expect(legs.every((l) => /km/.test(l))).toBe(true);
    await page.getByRole('button', { name: 'Dùng làm lịch trình của tôi' }).click();
    expect(await plannedOrder(page)).toEqual(['khu-di-tich-tnxp-dai-doi-915', 'den-duom', 'atk-dinh-hoa', 'bao-tang-van-hoa-cac-dan-toc-viet-nam']);
  });

  it("a teacher's journey: Back closes the planner; the link keeps the date and opens in a fresh phone without its unknown stop; drag with a mouse and a finger", async () => {
    const { page, pageErrors } = await openPage(browser);
    await withoutRoads(page);
    await openApp(page, planQuery(FOUR)); // a plan link opens the planner: close it, pick a site
    await page.locator('#planner .planner__head .icon-button').click();
    await page.locator('#planner').waitFor({ state: 'detached' });
    await selectInList(page, 'den-duom');
    // Opening the planner is a step in the history: Back closes it and leaves the site's panel as it was.
    await page.locator('.planner-button').click();
    await page.locator('#planner .planner__body').waitFor();
    await page.goBack();
    await page.locator('#planner').waitFor({ state: 'detached' });
    expect(await panelSiteId(page)).toBe('den-duom');
    await page.goForward();
    await page.locator('#planner .planner__body').waitFor();

    // A real mouse drag: the third stop by its grip onto the first row.
    await dragWithMouse(page, 2, 0);
    const dragged = [FOUR[2], FOUR[0], FOUR[1], FOUR[3]];
    expect(await plannedOrder(page)).toEqual(dragged);

    // The trip date goes into the share link.
    await page.locator('#planner input[type="date"]').fill('2026-12-21');
    const link = new URL(await shareLink(page));
    expect(link.searchParams.get('date')).toBe('2026-12-21');
    // The link as it would look after one of its sites left the data: a second stop with an unknown code.
    const stops = (link.searchParams.get('plan') ?? '').split('.')[3]!.split('_');
    expect(stops[0]).toBe(`${siteCode(FOUR[2]!)}-45`);
    link.searchParams.set('plan', (link.searchParams.get('plan') ?? '').replace(stops[0]!, `${stops[0]}_zzzz-30`));

    // A fresh phone (no storage, no history) opens it: the date, the known stops, and which one was dropped.
    const fresh = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true });
    await withoutRoads(fresh.page);
    await fresh.page.goto(link.toString());
    await fresh.page.locator('#planner .planner__body').waitFor();
    expect(await fresh.page.locator('#planner input[type="date"]').inputValue()).toBe('2026-12-21');
    expect(await fresh.page.locator('#planner .planner__totals').textContent()).toContain('17:19'); // sunset on 21/12
    expect(await plannedOrder(fresh.page)).toEqual(dragged);
    expect(await fresh.page.locator('#planner .planner__notice--dropped-stops').textContent()).toContain('Điểm thứ 2 trong đường dẫn');

    // A finger drags the first stop down onto the second row (the phone's sheet shows about two).
    await dragWithFinger(fresh.page, 0, 1);
    expect(await plannedOrder(fresh.page)).toEqual([FOUR[0], FOUR[2], FOUR[1], FOUR[3]]);

    // Back from the shared link closes the planner over the map; it does not leave the app.
    await fresh.page.goBack();
    await fresh.page.locator('#planner').waitFor({ state: 'detached' });
    expect(new URL(fresh.page.url()).searchParams.get('plan')).toBeTruthy();
    expect(await fresh.page.locator('.planner-button .badge').textContent()).toContain('4');

    expect(ours(pageErrors)).toEqual([]);
    expect(ours(fresh.pageErrors)).toEqual([]);
  });

  it("prints a curated route's worksheet: the first stop's first question, then the answer key on its own page", async () => {
    const route = (JSON.parse(routesRaw) as { routes: Array<{ stops: Array<{ site: string }> }> }).routes[0]!;
    const firstStop = route.stops[0]!.site;
    const served = JSON.parse(readFileSync(join(import.meta.dirname, `../../dist/content/quizzes/${firstStop}.json`), 'utf8')) as {
      questions: Array<{ question: { vi: string }; explanation: { vi: string } }>;
    };
    const { page, pageErrors } = await openPage(browser);
    await openApp(page);
    await openPlanner(page);
    await page.evaluate(() => {
      const w = window as Window & { __printed?: number };
      w.__printed = 0;
      window.print = () => {
        w.__printed = (w.__printed ?? 0) + 1;
      };
    });
    await page.getByRole('button', { name: 'Tuyến gợi ý' }).click();
    await page.locator('.routes__pick').first().click();
    await page.locator('.routes__detail').waitFor();
    await page.getByRole('button', { name: 'Phiếu học tập' }).click();
    await page.waitForFunction(() => ((window as Window & { __printed?: number }).__printed ?? 0) > 0, undefined, { timeout: 30000 });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    if (process.env['PDF_OUT']) (await import('node:fs')).writeFileSync(process.env['PDF_OUT'], pdf);
    const flat = pdfText(pdf).replace(/\s+/g, '');
    const at = (s: string) => flat.indexOf(s.replace(/\s+/g, ''));
    const question = at(served.questions[0]!.question.vi);
    const key = at('Đáp án');
    expect(at('Phiếu học tập'), flat).toBeGreaterThanOrEqual(0);
    expect(question, flat).toBeGreaterThan(0);
    expect(key).toBeGreaterThan(question);
    // The explanation is in the key, after its heading (not on the students' pages).
    expect(at(served.questions[0]!.explanation.vi.slice(0, 40))).toBeGreaterThan(key);
    // The app's chrome is not printed; the sheet was printed once.
    expect(at('Dùng làm lịch trình của tôi')).toBe(-1);
    expect(await page.evaluate(() => (window as Window & { __printed?: number }).__printed)).toBe(1);
    expect(ours(pageErrors)).toEqual([]);
  });
});
