import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { PHOTO_FORMAT, PHOTO_WIDTHS, PLACEHOLDER_WIDTH, type Photo, type PhotoIndex, type PhotoSource } from '../../src/domain/media/photos.ts';
import type { PhotoEntry } from '../../src/domain/validate/validate-photos.ts';
import type { Problem } from '../../src/domain/validate/problem.ts';
import type { ContentFiles } from '../../src/domain/validate/validate-content.ts';

export interface ProbedPhoto extends PhotoEntry {
  /** As displayed: after the EXIF orientation is applied. */
  width: number;
  height: number;
}

/**
 * Decode every photo the validator accepted, whole, with sharp: a truncated or damaged file, or one whose content
 * is not the format its name says, is reported with its file. Never throws.
 */
export async function probePhotos(files: ContentFiles, photos: readonly PhotoEntry[]): Promise<{ probed: ProbedPhoto[]; problems: Problem[] }> {
  const probed: ProbedPhoto[] = [];
  const problems: Problem[] = [];
  for (const entry of photos) {
    const bytes = files.get(entry.file) ?? new Uint8Array();
    const at = { file: entry.file, feature: entry.siteId, path: 'format' };
    try {
      const meta = await sharp(bytes, { failOn: 'error' }).metadata();
      if (meta.format !== PHOTO_FORMAT[entry.ext]) {
        problems.push({ ...at, message: `is ${String(meta.format).toUpperCase()}, not ${PHOTO_FORMAT[entry.ext].toUpperCase()} as .${entry.ext} says` });
        continue;
      }
      // Decode every pixel (metadata reads only the header): a cut-off file fails here.
      await sharp(bytes, { failOn: 'error' }).resize(8).raw().toBuffer();
      const turned = (meta.orientation ?? 1) >= 5;
      const width = turned ? meta.height : meta.width;
      const height = turned ? meta.width : meta.height;
      if (!width || !height) throw new Error('no width or height');
      probed.push({ ...entry, width, height });
    } catch (e) {
      problems.push({ ...at, message: `not a readable image (${e instanceof Error ? e.message : String(e)})` });
    }
  }
  return { probed, problems };
}

/**
 * The widths made for a photo: PHOTO_WIDTHS when it is wider than the widest; otherwise those clearly (20 %) below its
 * own width, then its own width (never enlarged).
 */
export function photoWidths(width: number): number[] {
  const last = PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1] ?? width;
  if (width > last) return [...PHOTO_WIDTHS];
  return [...PHOTO_WIDTHS.filter((w) => w * 1.2 < width), width];
}

/** The served name of a photo's copy: the first width is the thumbnail (precached; the offline stand-in for every other). */
export function photoFileName(siteId: string, name: string, hash: string, widthIndex: number, width: number, ext: 'webp' | 'avif'): string {
  return `images/${siteId}/${name}.${hash}.${widthIndex === 0 ? 'thumb' : String(width)}.${ext}`;
}

export interface BuiltPhotos {
  index: PhotoIndex;
  /** Served files, by path under content/: images/<site>/<name>.<hash>.<width>.<webp|avif>. */
  files: Map<string, Uint8Array>;
}

/**
 * Make the responsive copies (WebP and AVIF, EXIF orientation applied, metadata stripped) and a 16 px blurred
 * WebP placeholder for every probed photo, and the index content/images.json lists. `avif: false` skips AVIF.
 */
export async function buildPhotos(files: ContentFiles, probed: readonly ProbedPhoto[], prefix: string, options: { avif?: boolean } = {}): Promise<BuiltPhotos> {
  const out = new Map<string, Uint8Array>();
  const index: PhotoIndex = {};
  for (const p of probed) {
    const bytes = files.get(p.file) ?? new Uint8Array();
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    const base = sharp(bytes).rotate();
    const webp: PhotoSource[] = [];
    const avif: PhotoSource[] = [];
    for (const [i, w] of photoWidths(p.width).entries()) {
      const h = Math.max(1, Math.round((p.height * w) / p.width));
      const resized = base.clone().resize(w, h, { fit: 'fill' });
      const webpName = photoFileName(p.siteId, p.name, hash, i, w, 'webp');
      out.set(webpName, new Uint8Array(await resized.clone().webp({ quality: 72, effort: 4 }).toBuffer()));
      webp.push({ src: prefix + webpName, width: w, height: h });
      if (options.avif !== false) {
        const avifName = photoFileName(p.siteId, p.name, hash, i, w, 'avif');
        out.set(avifName, new Uint8Array(await resized.clone().avif({ quality: 50, effort: 2 }).toBuffer()));
        avif.push({ src: prefix + avifName, width: w, height: h });
      }
    }
    const ph = PLACEHOLDER_WIDTH;
    const tiny = await base
      .clone()
      .resize(ph, Math.max(1, Math.round((p.height * ph) / p.width)), { fit: 'fill' })
      .blur(1)
      .webp({ quality: 40 })
      .toBuffer();
    const s = p.sidecar;
    const photo: Photo = {
      id: p.name,
      width: p.width,
      height: p.height,
      placeholder: `data:image/webp;base64,${tiny.toString('base64')}`,
      webp,
      avif,
      caption: s.caption,
      alt: s.alt,
      credit: s.credit,
      licence: s.licence,
      ...(s.licenceUrl !== undefined ? { licenceUrl: s.licenceUrl } : {}),
      source: s.source,
      date: s.date,
    };
    (index[p.siteId] ??= []).push(photo);
  }
  return { index, files: out };
}
