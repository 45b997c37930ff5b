/** Issue 18: journeys of a visitor, a student and a teacher, made the way they make them (finger, Back, links). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, VIEWPORTS, type Browser, type Page } from './helper.ts';
import { jumpTo, mapIdle, openApp, panelSiteId, renderedFeatures } from './driver.ts';
import type { GeoJSONSource } from 'maplibre-gl';
import { encodePlan } from '../../src/domain/plan/plan-url.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ATK: [number, number] = [105.508607, 21.788216];

/** A finger tap where a lon/lat is drawn on the map. */
async function tapMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  const p = await page.evaluate(({ lon, lat }) => window.__redAddressMap?.project(lon, lat), { lon, lat });
  if (!box || !p) throw new Error('map not ready');
  await page.touchscreen.tap(box.x + p.x, box.y + p.y);
}

const chooserIds = (page: Page) =>
  page.locator('.site-chooser .site-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id')));

describe('sites that share one point (phone, finger)', () => {
  it('a tap on the ATK cluster "5" lists all five at once; the point says "ATK Định Hóa +4"', async () => {
    const { page, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true });
    await openApp(page);
    await jumpTo(page, ATK[0], ATK[1], 13);
    const clusters = await renderedFeatures(page, ['sites-clusters']);
    expect(clusters.map((c) => c.properties['point_count'])).toContain(5);
    const before = (await page.evaluate(() => window.__redAddressMap?.map.getZoom())) ?? 0;
    await tapMapAt(page, ATK[0], ATK[1]);
    // The chooser, without a zoom to a dot that would only show "ATK Định Hóa".
    await page.waitForSelector('.site-chooser', { timeout: 5000 });
    const offered = await chooserIds(page);
    expect(offered[0]).toBe('atk-dinh-hoa');
    expect([...offered].sort()).toEqual(
      ['atk-dinh-hoa', 'doi-phong-tuong-pu-don', 'nha-trung-bay-atk-dinh-hoa', 'nha-tuong-niem-ho-chi-minh-deo-de', 'tin-keo'].sort(),
    );
    expect(await page.evaluate(() => window.__redAddressMap?.map.getZoom())).toBeCloseTo(before, 5);
    await page.locator('.site-chooser .site-item[data-site-id="tin-keo"]').tap();
    await page.waitForSelector('.site-panel[data-site-id="tin-keo"]');

    // At the closest zoom the five are one dot: it carries the count, and a tap on it lists them again.
    await page.locator('.site-panel .site-panel__header .icon-button').tap();
    await jumpTo(page, ATK[0], ATK[1], 16);
    const labels = (await renderedFeatures(page, ['sites-points'])).map((f) => f.properties['label_vi']);
    expect(labels).toContain('ATK Định Hóa +4');
    await tapMapAt(page, ATK[0], ATK[1]);
    await page.waitForSelector('.site-chooser');
    expect(await chooserIds(page)).toHaveLength(5);
    await mapIdle(page);
    expect(await panelSiteId(page)).toBeNull();
    expect(pageErrors).toEqual([]);
  });
});

/** The highlighted places drawn now (ids), and whether each lies on the map outside the story card. */
async function storyPlaces(page: Page): Promise<Array<{ ids: string; clear: boolean }>> {
  return page.evaluate(() => {
    const hook = window.__redAddressMap;
    if (!hook) return [];
    const canvas = hook.map.getCanvas().getBoundingClientRect();
    const card = document.querySelector('.story-mode')!.getBoundingClientRect();
    return hook.map.querySourceFeatures('story-highlight').map((f) => {
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      const p = hook.project(lon, lat);
      const [x, y] = [canvas.left + p.x, canvas.top + p.y];
      const onMap = x > canvas.left && x < canvas.right && y > canvas.top && y < canvas.bottom;
      const underCard = x > card.left - 10 && x < card.right + 10 && y > card.top - 10 && y < card.bottom + 10;
      return { ids: String(f.properties['ids']), clear: onMap && !underCard };
    });
  });
}

describe('story mode "Kể chuyện ATK" on a phone', () => {
  it('each chapter rings and names its places clear of the card, "Tiếp →" is in view, no keyboard hint; Esc gives focus back', async () => {
    const { page, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true, reducedMotion: 'reduce' });
    await openApp(page);
    await page.getByRole('button', { name: 'Kể chuyện ATK' }).tap();
    await page.waitForSelector('.story-mode__chapter h3');
    expect(await page.locator('.story-mode__hint').isVisible()).toBe(false);
    const next = page.locator('.story-mode__nav .primary-button');
    const seen: string[] = [];
    for (let chapter = 0; chapter < 3; chapter++) {
      // The button is on screen and nothing covers it (a finger can reach it without scrolling the card).
      const box = await next.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(844);
      const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.className, { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 });
      expect(hit).toContain('primary-button');
      await mapIdle(page);
      const places = await storyPlaces(page);
      expect(places.length).toBeGreaterThan(0);
      for (const p of places) expect(p, `chapter ${chapter + 1}: ${p.ids}`).toMatchObject({ clear: true });
      seen.push([...new Set(places.map((p) => p.ids))].join('|'));
      await next.tap();
      await page.waitForSelector(`.story-mode[data-chapter="${chapter + 1}"]`);
    }
    // Chapters 2 and 3 (one commune centre) no longer look the same: they name different places.
    expect(seen[1]).toBe('doi-khau-ty');
    expect(seen[2]).toContain('phung-hien-truong-chinh');
    expect(seen[2]).toContain('na-mon-truong-chinh');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.story-mode', { state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Kể chuyện ATK');
    expect(await page.evaluate(() => window.__redAddressMap?.map.getSource('story-highlight'))).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });
});

/**
 * The texts MapLibre placed for the given layers now (a symbol whose text is '' or was left out is not counted):
 * `text` is the first line (the name), `lines` all of them (a site's commune is its second line from zoom 14).
 */
async function placedTexts(page: Page, layers: string[]): Promise<Array<{ layer: string; text: string; lines: string[] }>> {
  return page.evaluate((layers) => {
    const map = window.__redAddressMap?.map;
    if (!map) return [];
    const text = (v: unknown): string =>
      typeof v === 'string' ? v : ((v as { sections?: Array<{ text: string }> } | undefined)?.sections ?? []).map((s) => s.text).join('');
    return map
      .queryRenderedFeatures({ layers: layers.filter((l) => map.getLayer(l)) })
      .map((f) => {
        const lines = text((f.layer.layout as Record<string, unknown> | undefined)?.['text-field']).split('\n');
        return { layer: f.layer.id, text: lines[0] ?? '', lines };
      })
      .filter((t) => t.text !== '');
  }, layers);
}

describe('map labels (issue 18 item 8)', () => {
  it('at zoom 14 on the ATK names the commune and says the point holds five sites: "ATK Định Hóa +4"', async () => {
    const { page, pageErrors } = await openPage(browser);
    await openApp(page);
    await jumpTo(page, 105.515, 21.795, 14);
    const names = await placedTexts(page, ['place-commune', 'place-village', 'road-label', 'sites-cluster-label', 'sites-labels']);
    expect(names.filter((n) => n.layer === 'place-commune' || n.layer === 'road-label' || n.layer === 'place-village').map((n) => n.text)).toContain('Phú Đình');
    // Five sites on one point stay a cluster until the closest zoom: the cluster carries the stack's name.
    expect(names.filter((n) => n.layer === 'sites-cluster-label').map((n) => n.text)).toContain('ATK Định Hóa +4');
    expect(pageErrors).toEqual([]);
  });

  it('on a phone at zoom 14 on the ATK (a view of under 2 × 3 km), a commune is named in view: under the point\'s name', async () => {
    const { page, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true });
    await openApp(page);
    await jumpTo(page, ATK[0], ATK[1], 14);
    // The nearest commune point of the notes (Phú Đình's) lies 1.7 km east of the ATK point, off a phone's screen;
    // the sites there say which commune they are in, from their own data.
    const stack = async () => (await placedTexts(page, ['sites-cluster-label'])).find((n) => n.text.startsWith('ATK Định Hóa'))?.lines;
    expect(await stack()).toEqual(['ATK Định Hóa +4', 'xã Phú Đình']);
    const inView = await page.evaluate(([lon, lat]) => window.__redAddressMap!.map.getBounds().contains([lon as number, lat as number]), ATK);
    expect(inView).toBe(true);
    // Every name placed in view says it (the Khuôn Tát point too); at zoom 13 the names are alone again.
    const named = await placedTexts(page, ['sites-labels', 'sites-cluster-label']);
    expect(named.length).toBeGreaterThan(1);
    for (const n of named) expect(n.lines, n.text).toEqual([n.text, 'xã Phú Đình']);
    // In English, the same unit in English words.
    await page.locator('.lang-switch').tap();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    // The site data is remade in the new language, then placed again.
    await expect.poll(stack, { timeout: 15_000 }).toEqual(['ATK Định Hóa +4', 'Phú Đình commune']);
    await jumpTo(page, ATK[0], ATK[1], 13);
    expect((await placedTexts(page, ['sites-labels', 'sites-cluster-label'])).every((n) => n.lines.length === 1)).toBe(true);
    // Six sites sit on old Điềm Mặc's point, a cluster: its name steps clear of the count, marked as a former unit.
    await jumpTo(page, 105.54015, 21.82833, 13);
    expect((await placedTexts(page, ['place-commune'])).map((n) => n.text)).toContain('Điềm Mặc (former)');
    expect(pageErrors).toEqual([]);
  });

  it('the planner map names each of its five stops once (by the plan, not by the site labels too), legs beside the line', async () => {
    const stops = ['den-duom', 'atk-dinh-hoa', 'tin-keo', 'thac-khuon-tat', 'doi-khau-ty'];
    const plan = encodePlan({ v: 1, start: { kind: 'preset', id: 'thai-nguyen-city' }, startTime: '07:00', stops: stops.map((site) => ({ site, minutes: 45 })) });
    const { page, pageErrors } = await openPage(browser);
    await openApp(page, `?plan=${plan}&planner=1`);
    await page.waitForFunction(() => window.__redAddressMap?.map.getLayer('plan-stop-names') !== undefined);
    for (const zoom of [10, 12.5]) {
      await jumpTo(page, 105.56, 21.79, zoom);
      // The site labels under the stops are dropped once the plan is drawn (the site source is re-set): wait for it.
      await page.waitForFunction(() => {
        const data = window.__redAddressMap?.map.getSource<GeoJSONSource>('sites')?.serialize().data as GeoJSON.FeatureCollection | undefined;
        return data?.features.find((x) => x.properties?.['id'] === 'den-duom')?.properties?.['label_vi'] === '';
      });
      await mapIdle(page);
      const texts = await placedTexts(page, ['plan-stop-names', 'sites-labels', 'sites-cluster-label']);
      const planNames = texts.filter((t) => t.layer === 'plan-stop-names').flatMap((t) => t.text.split(' / '));
      expect(planNames.length, `zoom ${zoom}`).toBeGreaterThan(0);
      for (const name of planNames) {
        const times = texts.filter((t) => t.text === name || t.text.startsWith(`${name} +`) || t.text.split(' / ').includes(name)).length;
        expect(times, `${name} at zoom ${zoom}`).toBe(1);
      }
    }
    // Leg labels are MapLibre's last choice: they sit under the basemap's place names.
    const order = await page.evaluate(() => window.__redAddressMap?.map.getStyle().layers.map((l) => l.id) ?? []);
    expect(order.indexOf('plan-leg-labels')).toBeGreaterThan(-1);
    expect(order.indexOf('plan-leg-labels')).toBeLessThan(order.indexOf('admin-label-district'));
    expect(order.indexOf('sites-labels')).toBeLessThan(order.indexOf('place-city'));
    expect(pageErrors).toEqual([]);
  });
});
