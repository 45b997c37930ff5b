import { z } from 'zod/mini';
import { LocalizedTextSchema, type Lang } from '../schema/common.ts';

/**
 * Where the map is published, in one place (`publish.config.json` at the repository root, or the environment
 * variable PUBLIC_BASE_URL, which wins). Canonical links, absolute preview-image URLs, the sitemap, the kiosk's QR
 * hand-off and the printed QR plates all start from `publicBaseUrl`. Pure: the build reads the file.
 */
export const PublicBaseUrlSchema = z.pipe(
  z.string().check(
    z.maxLength(300),
    z.refine((s) => {
      try {
        const u = new URL(s);
        return (u.protocol === 'https:' || u.protocol === 'http:') && u.search === '' && u.hash === '';
      } catch {
        return false;
      }
    }, { message: 'must be an http(s) address without ?query or #hash, e.g. "https://diachido.example.vn/ban-do/"' }),
  ),
  // One trailing slash, so "…/ban-do" and "…/ban-do/" mean the same folder.
  z.transform((s: string) => (s.endsWith('/') ? s : `${s}/`)),
);

export const PublishConfigSchema = z.strictObject({
  $comment: z.optional(z.string()),
  /** The public address of the map's folder; null: not decided yet (the build says what it leaves out). */
  publicBaseUrl: z.union([z.null(), PublicBaseUrlSchema]),
  /** The credit line printed on every QR plate (who puts the plates up), in both languages; null: none. */
  plateCredit: z._default(z.union([z.null(), LocalizedTextSchema]), null),
});
export type PublishConfig = z.infer<typeof PublishConfigSchema>;

/** What needs a public base URL, for the build's warning and the docs. */
export const NEEDS_BASE_URL = [
  'canonical links and og:url on the site pages',
  'absolute og:image / twitter:image URLs (link previews in Zalo, Facebook)',
  'sitemap.xml (and its line in robots.txt)',
  "the kiosk's QR hand-off (otherwise it points at the kiosk's own address)",
  'npm run plates (refuses to run)',
] as const;

/** The pre-rendered page of a site, relative to the app's folder: "dia-diem/<id>/" or "en/sites/<id>/". */
export function sitePagePath(id: string, lang: Lang): string {
  return lang === 'vi' ? `dia-diem/${id}/` : `en/sites/${id}/`;
}

/** A preview image's format: the locator-map card is a PNG, a card with the site's photo a JPEG (photos in PNG are too large). */
export type OgFormat = 'png' | 'jpg';

/**
 * A site's link-preview image (1200 × 630, made by the build), relative to the app's folder: "og/<id>.png" for
 * Vietnamese, "og/en/<id>.png" for English (the name and labels on it differ); ".jpg" when it carries a photo.
 */
export function ogImagePath(id: string, lang: Lang, format: OgFormat = 'png'): string {
  return lang === 'vi' ? `og/${id}.${format}` : `og/en/${id}.${format}`;
}

/** How far below the app's folder a site page is (for its relative `<base href>`). */
export function sitePageDepth(lang: Lang): number {
  return lang === 'vi' ? 2 : 3;
}

const PAGE_PATH = /(?:^|\/)(?:dia-diem|(en)\/sites)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:index\.html)?$/;

/** Pure: the site and language of a pre-rendered page's path ("/ban-do/en/sites/tin-keo/"), or null. */
export function parseSitePagePath(pathname: string): { id: string; lang: Lang } | null {
  if (pathname.length > 300) return null;
  const m = PAGE_PATH.exec(pathname);
  if (!m || m[2] === undefined) return null;
  return { id: m[2], lang: m[1] === 'en' ? 'en' : 'vi' };
}

/** The absolute address of a site's page on the public base URL, with an optional query ("?from=qr"). */
export function publicSitePageUrl(base: string, id: string, lang: Lang, query = ''): string {
  const url = new URL(sitePagePath(id, lang), base);
  url.search = query.startsWith('?') ? query.slice(1) : query;
  return url.href;
}

/** The address a QR plate opens: the site's Vietnamese page with `?from=qr` (npm run plates and the panel's print). */
export function plateUrl(base: string, id: string): string {
  return publicSitePageUrl(base, id, 'vi', '?from=qr');
}

/** A page address as printed for people without a camera: no scheme, no query ("diachido.vn/ban-do/dia-diem/x/"). */
export function displayUrl(href: string): string {
  const u = new URL(href);
  return `${u.host}${u.pathname}`;
}
