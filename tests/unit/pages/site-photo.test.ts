import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPages } from '../../../scripts/pages/render-pages.tsx';
import { readDataFolder } from '../../../scripts/lib/read-data-folder.ts';
import { buildPhotos, probePhotos } from '../../../scripts/lib/photo-files.ts';
import { OG_HEIGHT, OG_MAX_BYTES, OG_WIDTH, renderOgImage, renderOgImages, type OgPhoto } from '../../../scripts/print/og-image.tsx';
import { ogPhotos, photoIndexOf } from '../../../scripts/vite-pages.ts';
import { validateContent, type ValidContent } from '../../../src/domain/validate/validate-content.ts';
import type { PhotoIndex } from '../../../src/domain/media/photos.ts';
import { testPhoto } from '../../support/test-photo.ts';
import type { OutputBundle } from 'rolldown';

/**
 * Issue 14 photos item 3: a site's first photo on its pre-rendered page and on its preview image. The repository
 * ships no photo, so the content here is the real data/ plus a generated photo for tin-keo, built by the real
 * photo pipeline (the same copies and content/images.json as a build).
 */
const repo = join(import.meta.dirname, '../../..');
const template = readFileSync(join(repo, 'index.html'), 'utf8');
const BASE = 'https://diachido.example.vn/ban-do/';
const SIDECAR = {
  caption: { vi: 'Lán Bác trên đồi Tỉn Keo (ảnh thử)', en: 'Uncle Hồ’s hut on Tỉn Keo hill (test photo)' },
  alt: { vi: 'Một căn lán mái lá dưới tán cây', en: 'A thatched hut under the trees' },
  credit: 'Nguyễn Văn Thử',
  licence: 'CC-BY-4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  source: 'https://example.org/anh-thu',
  date: '2026',
};

let content: ValidContent;
let index: PhotoIndex;
let photo: OgPhoto;
let bundle: OutputBundle;
beforeAll(async () => {
  const files = new Map(readDataFolder(repo));
  files.set('data/images/tin-keo/01-lan-bac.jpg', await testPhoto(2000, 1333, 'jpeg', 11));
  files.set('data/images/tin-keo/01-lan-bac.json', new TextEncoder().encode(JSON.stringify(SIDECAR)));
  const v = validateContent(files);
  expect(v.problems).toEqual([]);
  content = v.content;
  const built = await buildPhotos(files, (await probePhotos(files, content.photos)).probed, 'content/');
  // The bundle as the content plugin leaves it for the pages plugin.
  bundle = Object.fromEntries([
    ['content/images.json', { type: 'asset', fileName: 'content/images.json', source: JSON.stringify(built.index) }],
    ...[...built.files].map(([name, source]) => [`content/${name}`, { type: 'asset', fileName: `content/${name}`, source }]),
  ]) as unknown as OutputBundle;
  index = photoIndexOf(bundle);
  const p = ogPhotos(bundle, index).get('tin-keo');
  if (!p) throw new Error('no og photo');
  photo = p;
}, 120_000);

describe('a site page with a photo', () => {
  it('carries the first photo as its header: copies, size, alt, caption, credit, licence and source', () => {
    const files = renderPages({ template, content, publicBaseUrl: BASE, photos: index, ogImages: new Map([['tin-keo', 'jpg']]) });
    for (const [lang, path] of [['vi', 'dia-diem/tin-keo/index.html'], ['en', 'en/sites/tin-keo/index.html']] as const) {
      const doc = new JSDOM(files.get(path) ?? '').window.document;
      const article = doc.querySelector('#prerendered article');
      const figure = article?.querySelector('figure.static-page__photo');
      expect(figure, path).not.toBeNull();
      // Before the name: the page's header image.
      expect(article?.firstElementChild).toBe(figure);
      const img = figure?.querySelector('img');
      expect(img?.getAttribute('alt')).toBe(SIDECAR.alt[lang]);
      expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['1600', '1066']);
      expect(img?.getAttribute('loading')).toBeNull();
      expect(img?.getAttribute('src')).toMatch(/^content\/images\/tin-keo\/01-lan-bac\.[0-9a-f]{10}\.thumb\.webp$/);
      const webp = figure?.querySelector('source[type="image/webp"]')?.getAttribute('srcset') ?? '';
      const avif = figure?.querySelector('source[type="image/avif"]')?.getAttribute('srcset') ?? '';
      expect(webp.split(', ').map((s) => s.split(' ')[1])).toEqual(['480w', '960w', '1600w']);
      expect(avif.split(', ').map((s) => s.split(' ')[1])).toEqual(['480w', '960w', '1600w']);
      // Every copy named is one the build made (relative to the page's <base>, the app's folder).
      for (const src of [...webp.split(', '), ...avif.split(', ')].map((s) => s.split(' ')[0] ?? '')) expect(bundle[src], src).toBeDefined();
      const caption = figure?.querySelector('figcaption')?.textContent ?? '';
      expect(caption).toContain(SIDECAR.caption[lang]);
      expect(caption).toContain(`${lang === 'vi' ? 'Ảnh' : 'Photo'}: ${SIDECAR.credit}`);
      expect(figure?.querySelector('a[rel~="license"]')?.getAttribute('href')).toBe(SIDECAR.licenceUrl);
      expect([...(figure?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toContain(SIDECAR.source);
      // No inline style (the CSP forbids it) and the preview is the photo card, a JPEG.
      expect(figure?.innerHTML).not.toMatch(/style=/);
      expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${BASE}og/${lang === 'en' ? 'en/' : ''}tin-keo.jpg`);
      expect(doc.querySelector('meta[property="og:image:type"]')?.getAttribute('content')).toBe('image/jpeg');
    }
    // A site without a photo: no figure, its preview still the PNG card.
    const other = new JSDOM(files.get('dia-diem/den-duom/index.html') ?? '').window.document;
    expect(other.querySelector('figure.static-page__photo')).toBeNull();
  });
});

describe('a preview image with a photo', () => {
  it('is a 1200×630 JPEG of at most 150 KB, in both languages', async () => {
    const site = content.sites.find((s) => s.id === 'tin-keo');
    if (!site) throw new Error('tin-keo');
    for (const lang of ['vi', 'en'] as const) {
      const jpeg = await renderOgImage(repo, site, lang, undefined, photo);
      expect(jpeg.length, lang).toBeLessThanOrEqual(OG_MAX_BYTES);
      const meta = await sharp(jpeg).metadata();
      expect([meta.format, meta.width, meta.height], lang).toEqual(['jpeg', OG_WIDTH, OG_HEIGHT]);
      // The photo is on the left: its pixels are the photo's (not the card's paper), the right half is the paper.
      const { data, info } = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
      const paper = (x: number, y: number) => at(x, y).every((c, i) => Math.abs(c - [0xff, 0xfa, 0xf2][i]!) < 12);
      expect(paper(100, 300)).toBe(false);
      expect(paper(1180, 20)).toBe(true);
    }
  }, 60_000);

  it('stays within 150 KB for a photo that compresses worst (pure noise): the JPEG quality steps down', async () => {
    const site = content.sites.find((s) => s.id === 'tin-keo');
    if (!site) throw new Error('tin-keo');
    const raw = Buffer.alloc(1200 * 800 * 3);
    let x = 7;
    for (let i = 0; i < raw.length; i++) raw[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const noise = new Uint8Array(await sharp(raw, { raw: { width: 1200, height: 800, channels: 3 } }).webp({ quality: 90 }).toBuffer());
    const jpeg = await renderOgImage(repo, site, 'vi', undefined, { ...photo, bytes: noise });
    expect(jpeg.length).toBeLessThanOrEqual(OG_MAX_BYTES);
    expect((await sharp(jpeg).metadata()).width).toBe(OG_WIDTH);
  }, 60_000);

  it('is made, as og/<id>.jpg, only for the sites with a photo; the others keep the PNG locator card', async () => {
    const sites = content.sites.filter((s) => ['tin-keo', 'den-duom'].includes(s.id));
    const og = await renderOgImages(repo, sites, null, { photos: new Map([['tin-keo', photo]]) });
    expect([...og.files.keys()].sort()).toEqual(['og/den-duom.png', 'og/en/den-duom.png', 'og/en/tin-keo.jpg', 'og/tin-keo.jpg']);
    expect(Object.fromEntries(og.formats)).toEqual({ 'tin-keo': 'jpg', 'den-duom': 'png' });
  }, 60_000);
});
