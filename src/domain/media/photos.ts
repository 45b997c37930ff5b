import { z } from 'zod/mini';
import { HttpUrlSchema, LocalizedTextSchema, PartialDateSchema } from '../schema/common.ts';
import { LicenceSchema } from './licences.ts';

/**
 * Photos of a site: `data/images/<site-id>/<name>.<jpg|jpeg|png|webp>` with its sidecar `data/images/<site-id>/<name>.json`.
 * The build makes responsive WebP and AVIF copies under content-hashed names and lists them in content/images.json;
 * the originals are never served.
 */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'] as const;
export type PhotoExtension = (typeof PHOTO_EXTENSIONS)[number];

/** What each extension's bytes must be (the decoder's name for it). */
export const PHOTO_FORMAT: Record<PhotoExtension, 'jpeg' | 'png' | 'webp'> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp' };

/** A phone camera's photo is 3–8 MB; larger is a scan or a RAW export that should be reduced before it comes here. */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;

/** The widths the build makes (never wider than the original); the first is the thumbnail that is precached. */
export const PHOTO_WIDTHS = [480, 960, 1600] as const;
/** Width of the blurred placeholder shown while a photo loads (inlined as a data URI). */
export const PLACEHOLDER_WIDTH = 16;

/** The Cache Storage name of the full-size photos kept once viewed. */
export const PHOTO_CACHE = 'red-address-photos';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const PHOTO_FILE_NAME = new RegExp(`^data/images/(?<siteId>${SLUG})/(?<name>${SLUG})\\.(?<ext>jpg|jpeg|png|webp)$`);
export const PHOTO_SIDECAR_NAME = new RegExp(`^data/images/(?<siteId>${SLUG})/(?<name>${SLUG})\\.json$`);

const text = z
  .string({ error: (iss) => (iss.input === undefined ? 'is missing' : 'must be text') })
  .check(z.refine((s) => s.trim().length > 0, { message: 'must not be empty' }));
const localized = z.strictObject(LocalizedTextSchema.shape, { error: (iss) => (iss.input === undefined ? 'is missing (write it in vi and en)' : 'must be { "vi": …, "en": … }') });

/** What an editor writes beside a photo. */
export const PhotoSidecarSchema = z.strictObject({
  caption: localized,
  /** What the photo shows, for someone who cannot see it (not the caption again). */
  alt: localized,
  /** Who took the photo (and who holds it), as they want to be credited. */
  credit: text,
  licence: LicenceSchema,
  licenceUrl: z.optional(HttpUrlSchema),
  /** Where the photo was published or obtained (a page with the licence). */
  source: HttpUrlSchema,
  /** When it was taken: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: PartialDateSchema,
});
export type PhotoSidecar = z.infer<typeof PhotoSidecarSchema>;

const imageSrc = z.string().check(z.regex(/^content\/images\/[\w.-]+\/[\w.-]+\.(webp|avif)$/));
export const PhotoSourceSchema = z.strictObject({ src: imageSrc, width: z.number().check(z.int(), z.positive()), height: z.number().check(z.int(), z.positive()) });
export type PhotoSource = z.infer<typeof PhotoSourceSchema>;

/** One photo as the app receives it (content/images.json). */
export const PhotoSchema = z.strictObject({
  id: z.string(),
  /** The original's size, so the page reserves the box before anything loads. */
  width: z.number().check(z.int(), z.positive()),
  height: z.number().check(z.int(), z.positive()),
  /** A tiny blurred WebP as a data URI. */
  placeholder: z.string().check(z.regex(/^data:image\/webp;base64,[A-Za-z0-9+/=]+$/)),
  /** Widest last; the first is the precached thumbnail. */
  webp: z.array(PhotoSourceSchema).check(z.minLength(1)),
  avif: z.array(PhotoSourceSchema),
  caption: LocalizedTextSchema,
  alt: LocalizedTextSchema,
  credit: text,
  licence: LicenceSchema,
  licenceUrl: z.optional(HttpUrlSchema),
  source: HttpUrlSchema,
  date: PartialDateSchema,
});
export type Photo = z.infer<typeof PhotoSchema>;

/** content/images.json: each site's photos in file-name order (the first is the panel's header). */
export const PhotoIndexSchema = z.record(z.string(), z.array(PhotoSchema));
export type PhotoIndex = z.infer<typeof PhotoIndexSchema>;

/** The image format its first bytes say, or null: JPEG FF D8 FF, PNG 89 'PNG' 0D 0A 1A 0A, WebP 'RIFF' … 'WEBP'. */
export function sniffImage(bytes: Uint8Array): 'jpeg' | 'png' | 'webp' | null {
  const at = (i: number, ...b: number[]) => b.every((v, k) => bytes[i + k] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return null;
}
