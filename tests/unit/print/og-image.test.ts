import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../../scripts/lib/read-data-folder.ts';
import { renderPages } from '../../../scripts/pages/render-pages.tsx';
import { NAME_LINE, OG_HEIGHT, OG_MAX_BYTES, OG_WIDTH, renderOgImage, renderOgImages } from '../../../scripts/print/og-image.tsx';
import type { SiteFeature } from '../../../src/domain/schema/site.ts';
import { validateContent } from '../../../src/domain/validate/validate-content.ts';

/** Issue 16 item 2: the link-preview images, decoded with pngjs, and the site pages' meta tags that point at them. */
const repo = join(import.meta.dirname, '../../..');
const { content } = validateContent(readDataFolder(repo));
const site = (id: string): SiteFeature => {
  const s = content.sites.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};
const BASE = 'https://diachido.example.vn/ban-do/';

/** Pixels in the name's first line that are far from the paper colour (#fffaf2): the drawn letters. */
function inkInNameLine(png: PNG): number {
  let n = 0;
  for (let y = NAME_LINE.y; y < NAME_LINE.y + NAME_LINE.height; y++) {
    for (let x = NAME_LINE.x; x < NAME_LINE.x + NAME_LINE.width; x++) {
      const i = (y * png.width + x) * 4;
      const d = Math.abs((png.data[i] ?? 0) - 0xff) + Math.abs((png.data[i + 1] ?? 0) - 0xfa) + Math.abs((png.data[i + 2] ?? 0) - 0xf2);
      if (d > 200) n++;
    }
  }
  return n;
}
const withName = (s: SiteFeature, vi: string): SiteFeature => ({ ...s, properties: { ...s.properties, name: { ...s.properties.name, vi } } });

describe('preview images', () => {
  it('are 1200×630 PNGs of at most 150 KB, one per language', async () => {
    for (const [id, lang] of [['atk-dinh-hoa', 'vi'], ['doi-khau-ty', 'en'], ['noi-thanh-lap-doi-tnxp-dau-tien', 'vi']] as const) {
      const png = await renderOgImage(repo, site(id), lang);
      expect(png.length, id).toBeLessThanOrEqual(OG_MAX_BYTES);
      const img = PNG.sync.read(Buffer.from(png));
      expect([img.width, img.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    }
  }, 30_000);

  it('draw the name with its Vietnamese letters (a name made only of letters outside the latin cut still leaves ink)', async () => {
    const tinKeo = site('tin-keo');
    // One short line each, so the layout below the name is the same: only the name's glyphs differ.
    const dot = PNG.sync.read(Buffer.from(await renderOgImage(repo, withName(tinKeo, '.'), 'vi')));
    const vietnameseOnly = PNG.sync.read(Buffer.from(await renderOgImage(repo, withName(tinKeo, 'ĐỒI ỞỠỢ ựữửằẳẵ'), 'vi')));
    const real = PNG.sync.read(Buffer.from(await renderOgImage(repo, tinKeo, 'vi')));
    expect(inkInNameLine(dot)).toBeLessThan(300);
    // The same glyphs' worth of ink: had satori not found them in the "vietnamese" cut they would be blank.
    expect(inkInNameLine(vietnameseOnly)).toBeGreaterThan(3000);
    expect(inkInNameLine(real)).toBeGreaterThan(10000);
  }, 30_000);

  it('come from the cache when what they show has not changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const sites = [site('tin-keo'), site('den-duom')];
    const first = await renderOgImages(repo, sites, dir);
    expect([first.rendered, first.cached]).toEqual([4, 0]);
    expect([...first.files.keys()].sort()).toEqual(['og/den-duom.png', 'og/en/den-duom.png', 'og/en/tin-keo.png', 'og/tin-keo.png']);
    const again = await renderOgImages(repo, sites, dir);
    expect([again.rendered, again.cached]).toEqual([0, 4]);
    expect(Buffer.from(again.files.get('og/tin-keo.png') ?? []).equals(Buffer.from(first.files.get('og/tin-keo.png') ?? []))).toBe(true);
    const renamed = await renderOgImages(repo, [withName(site('tin-keo'), 'Đồi Tỉn Keo'), site('den-duom')], dir);
    expect([renamed.rendered, renamed.cached]).toEqual([1, 3]);
    expect(readdirSync(dir)).toHaveLength(4); // the stale image is gone
  }, 40_000);
});

describe('site pages point at their preview image', () => {
  const template = `<!doctype html><html lang="vi"><head><meta charset="UTF-8" /><title>x</title><meta name="description" content="x" /></head><body><div id="root"></div></body></html>`;
  const meta = (html: string | undefined, key: string) => {
    const doc = new JSDOM(html ?? '').window.document;
    return doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
  };
  it('by its absolute address (per language) when the public base URL is set', () => {
    const files = renderPages({ template, content, publicBaseUrl: BASE, ogImages: new Map(content.sites.map((s) => [s.id, "png" as const])) });
    for (const s of content.sites) {
      expect(meta(files.get(`dia-diem/${s.id}/index.html`), 'og:image')).toBe(`${BASE}og/${s.id}.png`);
      expect(meta(files.get(`dia-diem/${s.id}/index.html`), 'twitter:image')).toBe(`${BASE}og/${s.id}.png`);
      expect(meta(files.get(`en/sites/${s.id}/index.html`), 'og:image')).toBe(`${BASE}og/en/${s.id}.png`);
      expect(meta(files.get(`en/sites/${s.id}/index.html`), 'twitter:card')).toBe('summary_large_image');
    }
  }, 60_000);
  it('not at all without one (a relative og:image is useless to link previews)', () => {
    const files = renderPages({ template, content, publicBaseUrl: null, ogImages: new Map(content.sites.map((s) => [s.id, "png" as const])) });
    expect(meta(files.get('dia-diem/tin-keo/index.html'), 'og:image')).toBeNull();
  }, 60_000);
});
