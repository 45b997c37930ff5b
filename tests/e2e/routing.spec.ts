// Road routing in the real built app (issue 12): the planner's legs follow the roads once the routing worker
// answers, the exports carry the road legs, and a missing graph leaves estimates with a notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser } from './helper.ts';
import { mapIdle, openApp } from './driver.ts';
import { download, openPlanner } from './planner-driver.ts';
import { encodePlan } from '../../src/domain/plan/plan-url.ts';

const planQuery = `?plan=${encodePlan({
  v: 1,
  start: { kind: 'preset', id: 'thai-nguyen-city' },
  startTime: '07:00',
  stops: [{ site: 'den-duom', minutes: 45 }, { site: 'atk-dinh-hoa', minutes: 90 }],
})}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('road routing in the planner (real Chromium)', () => {
  it('draws the legs along the road with road km, and the GeoJSON and GPX exports carry them', async () => {
    const { page } = await openPage(browser, { viewport: VIEWPORTS.smallDesktop });
    await openApp(page, planQuery);
    await openPlanner(page);
    const firstLeg = page.locator('#planner .planner__leg').first();
    await page.waitForFunction(() => document.querySelector('#planner .planner__leg')?.textContent?.includes('theo đường bộ'), undefined, { timeout: 30000 });
    // City → Đền Đuổm by road: about 25 km in the sources; the graph says 27.
    const text = (await firstLeg.textContent()) ?? '';
    const km = Number(/([\d,]+)\s*km/.exec(text)?.[1]?.replace(',', '.'));
    expect(km).toBeGreaterThan(21);
    expect(km).toBeLessThan(29);
    expect(await page.locator('#planner .planner__road-note').count()).toBe(1);

    // The map line follows the road: many points, not a straight segment.
    await mapIdle(page);
    const points = await page.evaluate(() => {
      const src = window.__redAddressMap?.map.getSource('plan-lines') as { serialize?: () => { data?: unknown } } | undefined;
      const data = src?.serialize?.().data as { features?: { geometry: { coordinates: unknown[] } }[] } | undefined;
      return data?.features?.map((f) => f.geometry.coordinates.length) ?? [];
    });
    expect(points.length).toBe(3);
    expect(Math.min(...points)).toBeGreaterThan(20);

    const geo = JSON.parse((await download(page, /GeoJSON/)).text) as { features: { properties: { kind: string; basis?: string; km?: number; minutes?: number } }[] };
    const legs = geo.features.filter((f) => f.properties.kind === 'leg');
    expect(legs.map((l) => l.properties.basis)).toEqual(['road', 'road', 'road']);
    expect(legs.every((l) => (l.properties.km ?? 0) > 20 && (l.properties.minutes ?? 0) > 20)).toBe(true);

    const gpx = (await download(page, /GPX/)).text;
    expect(gpx).toContain('<trk>');
    expect((gpx.match(/<trkseg>/g) ?? []).length).toBe(3);
    expect((gpx.match(/<trkpt /g) ?? []).length).toBeGreaterThan(100);
    await page.context().close();
  });

  it('without the road graph (a failed download) the legs stay estimates and a notice says why; the plan is kept', async () => {
    const { page } = await openPage(browser, { viewport: VIEWPORTS.smallDesktop });
    await page.route('**/routing/roads.v1.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await openApp(page, planQuery);
    await openPlanner(page);
    await page.locator('#planner .planner__road-failed').waitFor({ timeout: 30000 });
    expect(await page.locator('#planner .planner__road-failed').textContent()).toContain('HTTP 404');
    expect(await page.locator('#planner .planner__leg').first().textContent()).toContain('ước tính');
    expect(await page.locator('#planner .planner__stop').count()).toBe(2);
    await page.context().close();
  });
});
