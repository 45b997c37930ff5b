import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/domain/validate/validate-content.ts';
import { PhotoIndexSchema, type PhotoIndex } from '../../../src/domain/media/photos.ts';
import { readDataFolder } from '../../../scripts/lib/read-data-folder.ts';
import { buildPhotos, photoWidths, probePhotos, type BuiltPhotos } from '../../../scripts/lib/photo-files.ts';
import { testPhoto } from '../../support/test-photo.ts';
import { join } from 'node:path';

/**
 * The build's photo copies and content/images.json, on generated photos: widths and sizes known, never enlarged, EXIF
 * orientation applied, and the offline budget (what a phone precaches per photo) held.
 */

const good = join(import.meta.dirname, '../../fixtures/good-quiz');
const SIDECAR = {
  caption: { vi: 'Sân trước nhà', en: 'The front yard' },
  alt: { vi: 'Sân đất trước một ngôi nhà sàn', en: 'An earth yard in front of a house on stilts' },
  credit: 'Người chụp thử',
  licence: 'CC0-1.0',
  source: 'https://example.org/anh',
  date: '2026',
};
/** Per photo, what every phone precaches: the thumbnail and its index entry (placeholder inlined). */
const MAX_THUMB_BYTES = 60 * 1024;
const MAX_PLACEHOLDER_CHARS = 600;
const MAX_INDEX_BYTES_PER_PHOTO = 2 * 1024;

let built: BuiltPhotos;
let index: PhotoIndex;
let original: Uint8Array;
beforeAll(async () => {
  original = await testPhoto(2400, 1600, 'jpeg', 7);
  // A portrait photo stored landscape with EXIF orientation 6 (rotate 90°), as phones do.
  const turned = new Uint8Array(await sharp(await testPhoto(900, 600, 'jpeg', 3)).withMetadata({ orientation: 6 }).jpeg().toBuffer());
  const files = new Map(readDataFolder(good));
  const enc = (o: object) => new TextEncoder().encode(JSON.stringify(o));
  files.set('data/images/alpha-site/01-large.jpg', original);
  files.set('data/images/alpha-site/01-large.json', enc(SIDECAR));
  files.set('data/images/alpha-site/02-turned.jpg', turned);
  files.set('data/images/alpha-site/02-turned.json', enc(SIDECAR));
  files.set('data/images/beta-site/small.png', await testPhoto(400, 300, 'png'));
  files.set('data/images/beta-site/small.json', enc({ ...SIDECAR, licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/' }));
  const { content, problems } = validateContent(files);
  expect(problems).toEqual([]);
  const { probed } = await probePhotos(files, content.photos);
  built = await buildPhotos(files, probed, 'content/');
  index = PhotoIndexSchema.parse(JSON.parse(JSON.stringify(built.index)));
}, 60_000);

describe('photo copies and content/images.json', () => {
  it('chooses the widths: the three for a wide photo, never enlarged, no near-duplicate', () => {
    expect(photoWidths(2400)).toEqual([480, 960, 1600]);
    expect(photoWidths(1600)).toEqual([480, 960, 1600]);
    expect(photoWidths(1000)).toEqual([480, 1000]);
    expect(photoWidths(400)).toEqual([400]);
  });

  it('lists each site’s photos in file order with their displayed size and every copy with its own size', async () => {
    expect(Object.keys(index)).toEqual(['alpha-site', 'beta-site']);
    const [large, turned] = index['alpha-site'] ?? [];
    expect(large).toMatchObject({ id: '01-large', width: 2400, height: 1600, credit: 'Người chụp thử', licence: 'CC0-1.0' });
    expect(large?.webp.map((s) => [s.width, s.height])).toEqual([[480, 320], [960, 640], [1600, 1067]]);
    expect(large?.avif.map((s) => s.width)).toEqual([480, 960, 1600]);
    expect(large?.webp[0]?.src).toMatch(/^content\/images\/alpha-site\/01-large\.[0-9a-f]{10}\.thumb\.webp$/);
    expect(large?.webp[2]?.src).toMatch(/\.1600\.webp$/);
    // EXIF orientation 6: shown (and sized) as a portrait.
    expect(turned).toMatchObject({ width: 600, height: 900 });
    expect(turned?.webp.map((s) => [s.width, s.height])).toEqual([[480, 720], [600, 900]]);
    expect(index['beta-site']?.[0]?.webp.map((s) => s.width)).toEqual([400]);
    expect(index['beta-site']?.[0]?.licenceUrl).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    // Every listed copy exists, decodes as its format and has the listed size.
    for (const photo of Object.values(index).flat()) {
      for (const [fmt, list] of [['webp', photo.webp], ['avif', photo.avif]] as const) {
        for (const s of list) {
          const bytes = built.files.get(s.src.slice('content/'.length));
          expect(bytes, s.src).toBeDefined();
          const meta = await sharp(bytes).metadata();
          expect([meta.format === 'heif' ? 'avif' : meta.format, meta.width, meta.height]).toEqual([fmt, s.width, s.height]);
        }
      }
    }
    expect(built.files.size).toBe(Object.values(index).flat().reduce((n, p) => n + p.webp.length + p.avif.length, 0));
  });

  it('keeps the offline budget: thumbnail ≤ 60 KB, placeholder a tiny blurred WebP, index ≤ 2 KB per photo', async () => {
    const photos = Object.values(index).flat();
    for (const p of photos) {
      const thumb = built.files.get(p.webp[0]?.src.slice('content/'.length) ?? '');
      expect(thumb?.length ?? Infinity, p.id).toBeLessThanOrEqual(MAX_THUMB_BYTES);
      expect(p.placeholder.length, p.id).toBeLessThanOrEqual(MAX_PLACEHOLDER_CHARS);
      const ph = await sharp(Buffer.from(p.placeholder.split(',')[1] ?? '', 'base64')).metadata();
      expect([ph.format, ph.width]).toEqual(['webp', 16]);
    }
    expect(JSON.stringify(index).length / photos.length).toBeLessThanOrEqual(MAX_INDEX_BYTES_PER_PHOTO);
    // The largest copy is well under the original: the original is never what a phone downloads.
    const largest = built.files.get(index['alpha-site']?.[0]?.webp[2]?.src.slice('content/'.length) ?? '');
    expect(largest?.length ?? Infinity).toBeLessThan(original.length);
  });
});
