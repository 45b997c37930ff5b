import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { homeListInHtml } from '../../bench/slow-phone.ts';
import { renderPages } from '../../scripts/pages/render-pages.tsx';
import { readDataFolder } from '../../scripts/lib/read-data-folder.ts';
import { validateContent } from '../../src/domain/validate/validate-content.ts';
import vi from '../../src/i18n/locales/vi.json';

/** The bench's check that the home page's HTML carries the site list (issue 16), on the pages the build writes. */
const repo = join(import.meta.dirname, '../..');
const { content } = validateContent(readDataFolder(repo));
const esc = (s: string) => s.replace(/&/g, '&amp;');
const sites = content.sites.map((s) => ({ id: s.id, commune: esc(s.properties.place.commune), category: esc(vi.category[s.properties.category]) }));

describe('bench: the home list in the HTML', () => {
  const home = renderPages({ template: readFileSync(join(repo, 'index.html'), 'utf8'), content, publicBaseUrl: null }).get('index.html') ?? '';

  it('finds every site with its commune and category in the pre-rendered home page', () => {
    expect(homeListInHtml(home, sites)).toBe(true);
  });

  it('says no for the empty shell and for a list that lacks a site', () => {
    expect(homeListInHtml(readFileSync(join(repo, 'index.html'), 'utf8'), sites)).toBe(false);
    expect(homeListInHtml(home, [...sites, { id: 'khong-co', commune: 'xã Không Có', category: 'Nhà tù' }])).toBe(false);
  });
});
