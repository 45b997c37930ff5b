/** Explore actions: filters, search, story mode, the shared-point chooser. */
import type { Page } from './helper.ts';
import { mapIdle } from './driver.ts';

export async function openFilters(page: Page): Promise<void> {
  const details = page.locator('details.filters');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

export async function toggleFilter(page: Page, facet: string, value: string): Promise<void> {
  await openFilters(page);
  await page.locator(`input[data-facet="${facet}"][data-value="${value}"]`).click();
  await mapIdle(page);
}

export async function listedSiteIds(page: Page): Promise<string[]> {
  return page.locator('.sites-list ul .site-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id') ?? ''));
}

/** Ids of every located site in the map's source data after filtering (clustered or not). */
export async function mapSourceSiteIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const map = window.__redAddressMap?.map;
    if (!map) return [];
    const features = map.querySourceFeatures('sites');
    const ids = new Set<string>();
    const src = map.getSource('sites') as unknown as {
      getClusterLeaves(id: number, limit: number, offset: number): Promise<Array<{ properties: { id: string } }>>;
    };
    for (const f of features) {
      const p = f.properties as Record<string, unknown>;
      if (p['cluster']) {
        for (const leaf of await src.getClusterLeaves(Number(p['cluster_id']), 1000, 0)) ids.add(leaf.properties.id);
      } else ids.add(String(p['id']));
    }
    return [...ids].sort();
  });
}

export async function typeSearch(page: Page, text: string): Promise<void> {
  const box = page.getByRole('combobox', { name: /Tìm địa điểm|Search sites/ });
  await box.click();
  await box.fill('');
  await box.pressSequentially(text, { delay: 20 });
}

export async function suggestionIds(page: Page): Promise<string[]> {
  await page.waitForSelector('.search__option, .search__empty');
  return page.locator('.search__option').evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id') ?? ''));
}

export async function storyChapter(page: Page): Promise<number> {
  return Number(await page.locator('.story-mode').getAttribute('data-chapter'));
}
