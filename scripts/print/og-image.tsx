import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Font } from 'satori';
import type { Lang } from '../../src/domain/schema/common.ts';
import type { Confidence, SiteFeature } from '../../src/domain/schema/site.ts';
import { ogImagePath, type OgFormat } from '../../src/domain/publish/publish-config.ts';
import { loadBeVietnamPro } from '../lib/be-vietnam-pro.ts';
import { categoryLabel, confidenceLabel, PRINT, rankLabel } from './labels.ts';
import { makeLocator, type Locator } from './locator.ts';

/**
 * Issue 16 item 2: the link-preview image of a site, 1200 × 630 PNG, one per language (the name and the labels
 * differ): og/<id>.png (Vietnamese) and og/en/<id>.png. Laid out by satori (JSX → SVG, text as Be Vietnam Pro
 * outlines) and drawn by resvg; no browser. The locator map is our own data (locator.ts) and shows how sure the
 * position is: a dot for a position from a source, a dot in a dashed ring for an approximate or unofficial one, a
 * wide dashed circle for a commune centre, and no dot at all (said in words) when the position is unknown.
 *
 * Issue 14 photos item 3: a site with a photo gets a card with its first photo on the left (cropped to fill) and the
 * name, rank, category and the photo's credit and licence on the right, as a JPEG (og/<id>.jpg): a photograph in
 * PNG is several hundred KB; the JPEG's quality steps down until it is within 150 KB.
 */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_MAX_BYTES = 150 * 1024;

const RED = '#8b1a1a';
const INK = '#1f1a17';
const MUTED = '#5b514b';
const PAPER = '#fffaf2';
const AMBER = '#b7791f';
const MAP = { width: 400, height: 400 } as const;
/** The photo card's photo column (full height, left). */
export const PHOTO_BOX = { width: 540, height: OG_HEIGHT } as const;
const JPEG_QUALITIES = [84, 78, 72, 66, 60, 54, 48, 42] as const;

/** A site's first photo as the preview uses it: a copy the build made (bytes, any format sharp reads) and its credit. */
export interface OgPhoto {
  bytes: Uint8Array;
  credit: string;
  licence: string;
}
/** The left column's name box (up to 300 px of lines); NAME_LINE: its first line, for tests that look at the ink. */
export const NAME_BOX = { x: 56, y: 113, width: 640, height: 300 } as const;
export const NAME_LINE = { x: 56, y: 113, width: 640, height: 76 } as const;

let fontsCache: Font[] | null = null;
function fonts(): Font[] {
  fontsCache ??= loadBeVietnamPro([400, 700]).map((f) => ({
    name: `BVP-${f.subset}`,
    data: f.ttf.buffer.slice(f.ttf.byteOffset, f.ttf.byteOffset + f.ttf.byteLength) as ArrayBuffer,
    weight: f.weight,
    style: 'normal' as const,
  }));
  return fontsCache;
}
// satori picks a font per character from the family list: the subsets under distinct names, in order.
const FAMILY = 'BVP-latin, BVP-vietnamese, BVP-latin-ext';

function nameSize(name: string): number {
  const n = [...name].length;
  return n <= 36 ? 64 : n <= 60 ? 56 : n <= 90 ? 48 : 42;
}

function marker(c: Confidence, x: number, y: number): string {
  const dot = `<circle cx="${x}" cy="${y}" r="11" fill="${RED}" stroke="#fff" stroke-width="4"/>`;
  const ring = (r: number) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${AMBER}" fill-opacity="0.18" stroke="${AMBER}" stroke-width="3" stroke-dasharray="8 6"/>`;
  switch (c) {
    case 'source':
      return dot;
    case 'approximate':
    case 'unofficial-dataset':
      return ring(30) + dot;
    case 'commune-centroid':
      return ring(48) + `<circle cx="${x}" cy="${y}" r="7" fill="#fff" stroke="${RED}" stroke-width="4"/>`;
    case 'none':
      return '';
  }
}

function mapSvg(loc: Locator, site: SiteFeature): string {
  const g = site.geometry;
  const point = g ? loc.project(g.coordinates[0], g.coordinates[1]) : null;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${loc.width}" height="${loc.height}" viewBox="0 0 ${loc.width} ${loc.height}">` +
    `<rect width="100%" height="100%" rx="18" fill="#f4ece0"/>` +
    (loc.province ? `<path d="${loc.province}" fill="#fff" stroke="${MUTED}" stroke-width="2" stroke-linejoin="round"/>` : '') +
    (loc.dinhHoa ? `<path d="${loc.dinhHoa}" fill="#f3d9d3" stroke="${RED}" stroke-width="1.5" stroke-linejoin="round"/>` : '') +
    (point ? marker(site.properties.location.confidence, Math.round(point[0]), Math.round(point[1])) : '') +
    `</svg>`
  );
}

/** What the image shows, and so what its cache key is made of. */
export function ogInput(site: SiteFeature, lang: Lang, photo?: OgPhoto | null) {
  const p = site.properties;
  return {
    photo: photo ? { hash: createHash('sha256').update(photo.bytes).digest('hex').slice(0, 16), credit: PRINT[lang].photoCredit.replace('{credit}', photo.credit).replace('{licence}', photo.licence) } : null,
    id: site.id,
    lang,
    kicker: PRINT[lang].mapTitle,
    name: p.name[lang].normalize('NFC'),
    rank: `${rankLabel(site, lang)}${p.rank.year !== undefined && ['special-national', 'national', 'provincial'].includes(p.rank.level) ? ` (${p.rank.year})` : ''}`,
    category: categoryLabel(site, lang),
    confidence: p.location.confidence,
    confidenceLabel: confidenceLabel(site, lang),
    coordinates: site.geometry?.coordinates ?? null,
    legend: [PRINT[lang].dinhHoa, PRINT[lang].province, PRINT[lang].boundaries],
  };
}

function Card({ input, map, hasOutline }: { input: ReturnType<typeof ogInput>; map: string; hasOutline: boolean }) {
  const [dinhHoa, province, boundaries] = input.legend;
  const size = nameSize(input.name);
  return (
    <div style={{ display: 'flex', width: OG_WIDTH, height: OG_HEIGHT, background: PAPER, fontFamily: FAMILY, color: INK }}>
      <div style={{ display: 'flex', position: 'absolute', left: 0, top: 0, width: OG_WIDTH, height: 14, background: RED }} />
      <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: NAME_BOX.x, top: 52, width: NAME_BOX.width, height: 540 }}>
        <div style={{ fontSize: 26, fontWeight: 700, color: RED, letterSpacing: 1 }}>{input.kicker.toLocaleUpperCase(input.lang)}</div>
        <div style={{ display: 'flex', maxHeight: NAME_BOX.height, marginTop: 30, alignItems: 'flex-start' }}>
          <div style={{ fontSize: size, fontWeight: 700, lineHeight: 1.18, color: INK, lineClamp: Math.floor(NAME_BOX.height / (size * 1.18)) }}>{input.name}</div>
        </div>
        <div style={{ display: 'flex', marginTop: 34 }}>
          <div style={{ display: 'flex', background: RED, color: '#fff', fontSize: 28, fontWeight: 700, padding: '8px 22px', borderRadius: 30 }}>{input.rank}</div>
        </div>
        <div style={{ fontSize: 28, color: MUTED, marginTop: 18 }}>{input.category}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: 744, top: 52, width: MAP.width }}>
        <img src={`data:image/svg+xml;base64,${Buffer.from(map).toString('base64')}`} width={MAP.width} height={MAP.height} />
        {input.confidence === 'none' && (
          <div style={{ display: 'flex', position: 'absolute', left: 0, top: 170, width: MAP.width, justifyContent: 'center', fontSize: 24, fontWeight: 700, color: MUTED }}>
            {input.confidenceLabel}
          </div>
        )}
        <div style={{ display: 'flex', alignItems: 'center', marginTop: 14, fontSize: 20, color: INK }}>
          <div style={{ display: 'flex', width: 18, height: 18, borderRadius: 9, marginRight: 10, background: input.confidence === 'source' ? RED : input.confidence === 'none' ? '#9e9e9e' : AMBER }} />
          <div style={{ display: 'flex', width: MAP.width - 28, lineClamp: 2 }}>{input.confidenceLabel}</div>
        </div>
        {hasOutline && (
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: 6, fontSize: 17, color: MUTED }}>
            <div style={{ display: 'flex', alignItems: 'center' }}>
              <div style={{ display: 'flex', width: 18, height: 12, marginRight: 10, background: '#f3d9d3', border: `1.5px solid ${RED}` }} />
              {dinhHoa}
            </div>
            <div style={{ display: 'flex', marginTop: 2 }}>{`${province} · ${boundaries}`}</div>
          </div>
        )}
      </div>
    </div>
  );
}

/** Photo on the left, the words on the right (a narrower column than the locator card's, so the name is smaller). */
function PhotoCard({ input, photo }: { input: ReturnType<typeof ogInput>; photo: string }) {
  const left = PHOTO_BOX.width + 48;
  const width = OG_WIDTH - left - 48;
  const size = Math.min(nameSize(input.name), 52);
  return (
    <div style={{ display: 'flex', width: OG_WIDTH, height: OG_HEIGHT, background: PAPER, fontFamily: FAMILY, color: INK }}>
      <img src={photo} width={PHOTO_BOX.width} height={PHOTO_BOX.height} style={{ position: 'absolute', left: 0, top: 0 }} />
      <div style={{ display: 'flex', position: 'absolute', left: PHOTO_BOX.width, top: 0, width: 14, height: OG_HEIGHT, background: RED }} />
      <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left, top: 48, width, height: 534 }}>
        <div style={{ fontSize: 24, fontWeight: 700, color: RED, letterSpacing: 1 }}>{input.kicker.toLocaleUpperCase(input.lang)}</div>
        <div style={{ display: 'flex', maxHeight: 280, marginTop: 24, alignItems: 'flex-start' }}>
          <div style={{ fontSize: size, fontWeight: 700, lineHeight: 1.18, color: INK, lineClamp: Math.floor(280 / (size * 1.18)) }}>{input.name}</div>
        </div>
        <div style={{ display: 'flex', marginTop: 28 }}>
          <div style={{ display: 'flex', background: RED, color: '#fff', fontSize: 26, fontWeight: 700, padding: '8px 20px', borderRadius: 30 }}>{input.rank}</div>
        </div>
        <div style={{ fontSize: 26, color: MUTED, marginTop: 16 }}>{input.category}</div>
        <div style={{ display: 'flex', position: 'absolute', left: 0, bottom: 0, width, fontSize: 18, color: MUTED, lineClamp: 2 }}>{input.photo?.credit ?? ''}</div>
      </div>
    </div>
  );
}

/** The photo cropped to fill the photo column, as a JPEG data URI (satori and resvg take JPEG; WebP not everywhere). */
async function photoDataUri(photo: OgPhoto): Promise<string> {
  const { default: sharp } = await import('sharp');
  const jpeg = await sharp(photo.bytes).rotate().resize(PHOTO_BOX.width, PHOTO_BOX.height, { fit: 'cover', position: 'attention' }).jpeg({ quality: 90 }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

/** The image of one site's preview in one language: a PNG (locator card), or a JPEG with `photo`. */
export async function renderOgImage(root: string, site: SiteFeature, lang: Lang, locator?: Locator, photo?: OgPhoto | null): Promise<Uint8Array> {
  const input = ogInput(site, lang, photo);
  // The renderers load only when an image is not in the cache.
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const card = photo ? (
    <PhotoCard input={input} photo={await photoDataUri(photo)} />
  ) : (
    (() => {
      const loc = locator ?? makeLocator(root, MAP.width, MAP.height, []);
      return <Card input={input} map={mapSvg(loc, site)} hasOutline={loc.province !== ''} />;
    })()
  );
  const svg = await satori(card, { width: OG_WIDTH, height: OG_HEIGHT, fonts: fonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
  if (!photo) {
    if (png.length > OG_MAX_BYTES) throw new Error(`og image of ${site.id} (${lang}) is ${Math.round(png.length / 1024)} KB, over 150 KB`);
    return new Uint8Array(png);
  }
  const { default: sharp } = await import('sharp');
  for (const quality of JPEG_QUALITIES) {
    const jpeg = await sharp(png).flatten({ background: PAPER }).jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:4:4' }).toBuffer();
    if (jpeg.length <= OG_MAX_BYTES) return new Uint8Array(jpeg);
  }
  throw new Error(`og image of ${site.id} (${lang}) with its photo is over 150 KB even at JPEG quality ${JPEG_QUALITIES[JPEG_QUALITIES.length - 1]}`);
}

/** The renderer's own source and the geodata it reads: a change to either makes every cached image stale. */
function rendererKey(root: string): string {
  const h = createHash('sha256');
  for (const f of ['og-image.tsx', 'locator.ts', 'labels.ts', 'locales/vi.json', 'locales/en.json']) h.update(readFileSync(join(import.meta.dirname, f)));
  for (const f of ['admin/region_provinces.geojson', 'admin/thai_nguyen_districts.geojson']) {
    const file = join(root, '..', 'shared', 'geodata', f);
    h.update(existsSync(file) ? readFileSync(file) : 'none');
  }
  return h.digest('hex');
}

export interface OgResult {
  /** dist-relative file name → PNG or JPEG. */
  files: Map<string, Uint8Array>;
  /** Each site's image format (jpg: the card with its photo). */
  formats: Map<string, OgFormat>;
  rendered: number;
  cached: number;
}

/**
 * Every site's preview in both languages. A PNG whose input (ogInput, the renderer, the geodata) is unchanged comes
 * from `cacheDir` (node_modules/.cache/og), keyed by the hash of that input: an unchanged site costs no render.
 */
export async function renderOgImages(
  root: string,
  sites: readonly SiteFeature[],
  cacheDir: string | null,
  { prune = true, photos = new Map<string, OgPhoto>() }: { prune?: boolean; photos?: ReadonlyMap<string, OgPhoto> } = {},
): Promise<OgResult> {
  let loc: Locator | null = null;
  const base = rendererKey(root);
  const files = new Map<string, Uint8Array>();
  const formats = new Map<string, OgFormat>();
  const used = new Set<string>();
  let rendered = 0;
  let cached = 0;
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  for (const site of sites) {
    const photo = photos.get(site.id) ?? null;
    const format: OgFormat = photo ? 'jpg' : 'png';
    formats.set(site.id, format);
    for (const lang of ['vi', 'en'] as const) {
      const key = createHash('sha256').update(base).update(JSON.stringify(ogInput(site, lang, photo))).digest('hex').slice(0, 32);
      const file = cacheDir ? join(cacheDir, `${key}.${format}`) : null;
      let png: Uint8Array | null = file && existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
      if (png) cached++;
      else {
        if (!photo) loc ??= makeLocator(root, MAP.width, MAP.height, []);
        png = await renderOgImage(root, site, lang, loc ?? undefined, photo);
        rendered++;
        if (file) writeFileSync(file, png);
      }
      files.set(ogImagePath(site.id, lang, format), png);
      used.add(`${key}.${format}`);
    }
  }
  // Images of content or a renderer that no longer exist.
  if (cacheDir && prune) for (const f of readdirSync(cacheDir)) if (/\.(?:png|jpg)$/.test(f) && !used.has(f)) rmSync(join(cacheDir, f));
  return { files, formats, rendered, cached };
}
