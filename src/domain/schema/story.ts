import { z } from 'zod/mini';
import { parseDocument } from 'yaml';
import { LangSchema, NonBlankStringSchema, PartialDateSchema, SlugSchema, SourceSchema, type Lang } from './common.ts';
import { ImageSchema } from './site.ts';

/**
 * A site story is a Markdown file `data/stories/<site-id>.<vi|en>.md`:
 *
 *     ---
 *     title: Đồi Tỉn Keo
 *     updated: 2026-11-28
 *     sources:
 *       - title: Ban quản lý Khu di tích ATK Định Hóa
 *         url: http://atkthainguyen.org.vn/...
 *     ---
 *     Markdown body (paragraphs, ## headings, lists, links; no raw HTML).
 */

/** `<site-id>.<vi|en>.md`, the site id being a slug of sites.geojson. */
export const STORY_FILE_NAME = /^(?<siteId>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?<lang>vi|en)\.md$/;

/** A full calendar day, YYYY-MM-DD, that exists. */
export const IsoDaySchema = PartialDateSchema.check(
  z.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { message: 'must be a full date YYYY-MM-DD' }),
);

export const StoryFrontMatterSchema = z.strictObject({
  title: NonBlankStringSchema,
  sources: z.array(SourceSchema).check(z.minLength(1, { message: 'a story needs at least one source' })),
  images: z.optional(z.array(ImageSchema)),
  updated: IsoDaySchema,
});
export type StoryFrontMatter = z.infer<typeof StoryFrontMatterSchema>;

export interface Story {
  siteId: string;
  lang: Lang;
  frontMatter: StoryFrontMatter;
  /** Markdown after the closing `---`, trimmed. */
  body: string;
}

export interface StoryError {
  /** "fileName", "frontMatter", "frontMatter.sources[0].url", "body", … */
  path: string;
  message: string;
}

export type ParseStoryResult = { ok: true; story: Story } | { ok: false; errors: StoryError[] };

/** Raw HTML tags (not Markdown autolinks such as <https://…>) and HTML comments. */
const RAW_HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/;

function issuePath(prefix: string, path: ReadonlyArray<PropertyKey>): string {
  let out = prefix;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

/** The last path segment, so callers may pass "data/stories/x.vi.md" or "x.vi.md". */
function baseName(fileName: unknown): string {
  if (typeof fileName !== 'string') return '';
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] ?? fileName;
}

/**
 * Split and validate a story file. Pure and total: every problem is returned as an error, never thrown.
 * Handles a UTF-8 BOM and Windows line endings.
 */
export function parseStory(fileText: string, fileName: string): ParseStoryResult {
  const errors: StoryError[] = [];

  const name = baseName(fileName);
  const nameMatch = STORY_FILE_NAME.exec(name);
  const siteId = nameMatch?.groups?.siteId;
  const langRaw = nameMatch?.groups?.lang;
  if (siteId === undefined || langRaw === undefined || !SlugSchema.safeParse(siteId).success) {
    errors.push({ path: 'fileName', message: `"${name}" must be named <site-id>.<vi|en>.md` });
  }
  const lang = LangSchema.safeParse(langRaw);

  const text = (typeof fileText === 'string' ? fileText : '').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    errors.push({ path: 'frontMatter', message: 'the file must start with a front matter block between two "---" lines' });
    return { ok: false, errors };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close === -1) {
    errors.push({ path: 'frontMatter', message: 'the front matter is not closed by a "---" line' });
    return { ok: false, errors };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n').trim();

  let data: unknown;
  try {
    const doc = parseDocument(yamlText, { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) errors.push({ path: 'frontMatter', message: `invalid YAML: ${e.message.split('\n')[0]}` });
    } else {
      data = doc.toJS();
    }
  } catch (e) {
    errors.push({ path: 'frontMatter', message: `invalid YAML: ${e instanceof Error ? e.message : String(e)}` });
  }

  let frontMatter: StoryFrontMatter | undefined;
  if (errors.every((e) => e.path !== 'frontMatter')) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      errors.push({ path: 'frontMatter', message: 'front matter must be a YAML mapping (key: value lines)' });
    } else {
      const parsed = StoryFrontMatterSchema.safeParse(data);
      if (parsed.success) frontMatter = parsed.data;
      else for (const issue of parsed.error.issues) errors.push({ path: issuePath('frontMatter', issue.path), message: issue.message });
    }
  }

  if (body.length === 0) errors.push({ path: 'body', message: 'the story text is empty' });
  else if (RAW_HTML.test(body)) errors.push({ path: 'body', message: 'raw HTML is not allowed; use Markdown only' });

  if (errors.length > 0 || siteId === undefined || !lang.success || frontMatter === undefined) {
    return { ok: false, errors };
  }
  return { ok: true, story: { siteId, lang: lang.data, frontMatter, body } };
}
