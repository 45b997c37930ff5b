import type { Page } from '../scripts/lib/browser.ts';

/**
 * Resolves with the page's performance.now() at the first animation frame where the map is idle, its tiles loaded
 * and at least one site (point or cluster) drawn. `mapExpr` says where the page keeps its MapLibre map (the app's
 * test hook, or the floor's).
 */
export async function waitForSitesDrawn(page: Page, mapExpr: 'app' | 'floor', timeoutMs = 120000): Promise<number> {
  const handle = await page.waitForFunction(
    (expr) => {
      interface M { loaded(): boolean; isMoving(): boolean; areTilesLoaded(): boolean; getLayer(id: string): unknown; queryRenderedFeatures(o: { layers: string[] }): unknown[] }
      const w = window as unknown as { __floorMap?: M; __redAddressMap?: { map: M } };
      const map = expr === 'floor' ? w.__floorMap : w.__redAddressMap?.map;
      if (!map || !map.getLayer('sites-points')) return false;
      if (!map.loaded() || map.isMoving() || !map.areTilesLoaded()) return false;
      const drawn = map.queryRenderedFeatures({ layers: ['sites-points', 'sites-clusters'].filter((l) => map.getLayer(l)) }).length;
      return drawn > 0 ? performance.now() : false;
    },
    mapExpr,
    { polling: 'raf', timeout: timeoutMs },
  );
  return Number(await handle.jsonValue());
}

