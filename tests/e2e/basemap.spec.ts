import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOutsideRequests, jumpTo, openApp, renderedFeatures } from './driver.ts';
import { launchBrowser, openPage, VIEWPORTS, type Browser, type Page } from './helper.ts';

// The ATK Định Hóa relic area.
const ATK = { lon: 105.52, lat: 21.8 };
const SHOTS = 'test-results/basemap';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Range requests answered for an archive: the tiles really came out of the embedded PMTiles. */
function archiveReads(page: Page, file: string): { count: number } {
  const seen = { count: 0 };
  page.on('response', (r) => {
    if (r.url().includes(`/basemap/${file}`) && (r.status() === 206 || r.status() === 200)) seen.count++;
  });
  return seen;
}

const layersOf = (features: { layer: string }[]): string[] => [...new Set(features.map((f) => f.layer))].sort();

describe('the embedded basemap, offline (every request outside localhost blocked)', () => {
  for (const [device, viewport] of Object.entries({ phone: VIEWPORTS.phone, desktop: VIEWPORTS.desktop })) {
    it(`draws hillshade, roads, streams and labels at the ATK at zoom 13 on a ${device}`, async () => {
      const { page, outsideRequests, pageErrors } = await openPage(browser, { viewport });
      const terrain = archiveReads(page, 'terrain.pmtiles');
      const vector = archiveReads(page, 'thai-nguyen.pmtiles');
      await openApp(page);
      await jumpTo(page, ATK.lon, ATK.lat, 13);

      const drawn = layersOf(
        await renderedFeatures(page, ['road-minor', 'road-national', 'waterways-stream', 'waterways-river', 'contours', 'contour-label', 'boundary-district', 'poi-peak', 'place-village', 'place-town', 'admin-label-district']),
      );
      expect(drawn).toEqual(expect.arrayContaining(['road-minor', 'waterways-stream', 'contours']));
      // Labels of the basemap itself (the site labels are the app's): contour heights here, place names where the data has them.
      expect(drawn.some((l) => ['contour-label', 'place-village', 'place-town', 'admin-label-district', 'poi-peak'].includes(l))).toBe(true);
      const hillshade = await page.evaluate(() => {
        const map = window.__redAddressMap?.map;
        return map ? { layer: map.getLayer('hillshade') !== undefined, loaded: map.isSourceLoaded('hillshade') } : undefined;
      });
      expect(hillshade).toEqual({ layer: true, loaded: true });
      expect(terrain.count).toBeGreaterThan(0);
      expect(vector.count).toBeGreaterThan(0);

      await page.screenshot({ path: `${SHOTS}/atk-z13-${device}.png` });
      await expectNoOutsideRequests(outsideRequests);
      expect(pageErrors).toEqual([]);
    });
  }

  it('looks right from the province to the valley: screenshots at zoom 8, 11 and 14, phone and desktop', async () => {
    for (const [device, viewport] of Object.entries({ phone: VIEWPORTS.phone, desktop: VIEWPORTS.desktop })) {
      const { page, outsideRequests, context } = await openPage(browser, { viewport });
      await openApp(page);
      for (const zoom of [8, 11, 14]) {
        await jumpTo(page, ATK.lon, ATK.lat, zoom);
        await page.screenshot({ path: `${SHOTS}/atk-z${zoom}-${device}.png` });
      }
      const roads = layersOf(await renderedFeatures(page, ['road-minor', 'road-national']));
      expect(roads.length).toBeGreaterThan(0);
      await expectNoOutsideRequests(outsideRequests);
      await context.close();
    }
  });

  it('draws the high-contrast theme on the kiosk, and asks for no tile it does not have beyond the elevation grid', async () => {
    const { page, outsideRequests, pageErrors } = await openPage(browser, { viewport: VIEWPORTS.kiosk });
    await openApp(page, '?mode=kiosk');
    await jumpTo(page, ATK.lon, ATK.lat, 13);
    const background = await page.evaluate(() => window.__redAddressMap?.map.getPaintProperty('background', 'background-color'));
    expect(background).toBe('#ffffff');
    await page.screenshot({ path: `${SHOTS}/atk-z13-kiosk.png` });
    // East of 106°E there is no elevation: the hillshade fades out before it, without errors.
    await jumpTo(page, 106.25, 21.6, 12);
    await page.screenshot({ path: `${SHOTS}/east-z12-kiosk.png` });
    await expectNoOutsideRequests(outsideRequests);
    expect(pageErrors).toEqual([]);
  });

  it('turns on 3D terrain from the embedded elevation', async () => {
    const { page } = await openPage(browser);
    await openApp(page);
    await jumpTo(page, ATK.lon, ATK.lat, 12);
    const elevation = await page.evaluate(async () => {
      const map = window.__redAddressMap?.map;
      if (!map) return undefined;
      map.setTerrain({ source: 'terrain', exaggeration: 1 });
      await window.__redAddressMap?.idle();
      return map.queryTerrainElevation([105.6, 21.9]);
    });
    // SRTM has 142 m at 105.6, 21.9 (MANIFEST.md spot check); the 3D mesh is coarser than the grid.
    expect(elevation).toBeGreaterThan(90);
    expect(elevation).toBeLessThan(200);
    await page.screenshot({ path: `${SHOTS}/terrain-3d-desktop.png` });
  });
});
