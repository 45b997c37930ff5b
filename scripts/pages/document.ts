import type { Lang } from '../../src/domain/schema/common.ts';

/** Text for an HTML attribute or element. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** JSON inside <script type="application/ld+json">: no "</script>" or "<!--" can close or open anything. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export interface PageMeta {
  lang: Lang;
  /** Relative `<base href>` back to the app's folder ("../../"), so the built assets resolve from sub-folders. */
  base: string;
  title: string;
  description: string;
  /** Absolute addresses (only with a public base URL). */
  canonical: string | null;
  alternates: Record<Lang, string> | null;
  ogImage: { url: string; alt: string; type: 'image/png' | 'image/jpeg' } | null;
  ogType: 'website' | 'article';
  jsonLd: unknown;
  /** Keep search engines off, and leave the app out: the 404 page stays what it is. */
  noindex?: boolean;
  /**
   * The id of an element the first paint waits for (`<link rel="expect" blocking="render">`): the browser paints
   * nothing of the page until it has parsed that element's start tag, so a packet that ends earlier (a slow link)
   * cannot show half of what comes before it. Browsers without `rel=expect` ignore it and paint as they go.
   */
  paintAfter?: string;
}

export function headTags(m: PageMeta): string {
  const tags: string[] = [];
  if (m.paintAfter) tags.push(`<link rel="expect" href="#${escapeHtml(m.paintAfter)}" blocking="render" />`);
  const meta = (attr: 'name' | 'property', key: string, value: string) => tags.push(`<meta ${attr}="${key}" content="${escapeHtml(value)}" />`);
  if (m.noindex) meta('name', 'robots', 'noindex');
  if (m.canonical) tags.push(`<link rel="canonical" href="${escapeHtml(m.canonical)}" />`);
  if (m.alternates) {
    for (const [lang, href] of Object.entries(m.alternates)) tags.push(`<link rel="alternate" hreflang="${lang}" href="${escapeHtml(href)}" />`);
    tags.push(`<link rel="alternate" hreflang="x-default" href="${escapeHtml(m.alternates.vi)}" />`);
  }
  meta('property', 'og:type', m.ogType);
  meta('property', 'og:site_name', m.lang === 'vi' ? 'Bản đồ số Địa chỉ đỏ Thái Nguyên' : 'Red Address Map of Thái Nguyên');
  meta('property', 'og:title', m.title);
  meta('property', 'og:description', m.description);
  meta('property', 'og:locale', m.lang === 'vi' ? 'vi_VN' : 'en_US');
  meta('property', 'og:locale:alternate', m.lang === 'vi' ? 'en_US' : 'vi_VN');
  if (m.canonical) meta('property', 'og:url', m.canonical);
  meta('name', 'twitter:card', m.ogImage ? 'summary_large_image' : 'summary');
  meta('name', 'twitter:title', m.title);
  meta('name', 'twitter:description', m.description);
  if (m.ogImage) {
    meta('property', 'og:image', m.ogImage.url);
    meta('property', 'og:image:type', m.ogImage.type);
    meta('property', 'og:image:width', '1200');
    meta('property', 'og:image:height', '630');
    meta('property', 'og:image:alt', m.ogImage.alt);
    meta('name', 'twitter:image', m.ogImage.url);
    meta('name', 'twitter:image:alt', m.ogImage.alt);
  }
  if (m.jsonLd !== null) tags.push(`<script type="application/ld+json">${jsonForScript(m.jsonLd)}</script>`);
  return tags.join('\n    ');
}

/**
 * The built index.html (its hashed script and style links) made into another page: language, `<base>`, title,
 * description and the tags above in the head; the static markup before the app's root, which the app removes when
 * it has drawn itself (src/app/prerendered.ts).
 */
export function fillTemplate(template: string, m: PageMeta, body: string): string {
  const replaceOnce = (s: string, re: RegExp, by: string): string => {
    if (!re.test(s)) throw new Error(`pages: the built index.html has no ${re.source}`);
    return s.replace(re, () => by);
  };
  let html = template;
  html = replaceOnce(html, /<html lang="[^"]*">/, `<html lang="${m.lang}">`);
  html = replaceOnce(html, /(<meta charset="UTF-8" \/>)/i, `<meta charset="UTF-8" />\n    <base href="${escapeHtml(m.base)}" />`);
  html = replaceOnce(html, /<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(m.title)}</title>\n    ${headTags(m)}`);
  html = replaceOnce(html, /<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeHtml(m.description)}" />`);
  html = replaceOnce(html, /<div id="root">[\s\S]*?<\/div>/, `<div id="prerendered">${body}</div>\n    <div id="root"></div>`);
  html = stylesFirst(html);
  if (m.noindex) html = html.replace(/\s*<script type="module"[^>]*><\/script>/g, '').replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  return html;
}

/**
 * The stylesheet is what the first paint waits for (the app's scripts are deferred modules): its request goes first,
 * before the scripts and module preloads that Vite writes ahead of it, which would otherwise take the slow link's
 * connections and bandwidth first (issue 16's slow phone).
 */
export function stylesFirst(html: string): string {
  const links = html.match(/<link rel="stylesheet"[^>]*>\s*/g) ?? [];
  const first = html.search(/<script type="module"|<link rel="modulepreload"/);
  if (links.length === 0 || first < 0) return html;
  const head = html.slice(0, first);
  if (links.every((l) => head.includes(l))) return html;
  let rest = html.slice(first);
  for (const l of links) rest = rest.replace(l, '');
  return `${head}${links.map((l) => l.trim()).join('\n    ')}\n    ${rest}`;
}
