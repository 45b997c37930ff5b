import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseStory, type ParseStoryResult } from '../../src/domain/schema/story.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/stories/', import.meta.url));

function parseFixture(name: string, asName = name): ParseStoryResult {
  return parseStory(readFileSync(FIXTURES + name, 'utf8'), asName);
}

function errorsOf(result: ParseStoryResult): { path: string; message: string }[] {
  if (result.ok) throw new Error('expected the story to be rejected');
  return result.errors;
}

describe('parseStory – valid stories', () => {
  it('parses front matter and body, taking site id and language from the file name', () => {
    const result = parseFixture('valid.en.md', 'data/stories/tin-keo.en.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.siteId).toBe('tin-keo');
    expect(result.story.lang).toBe('en');
    expect(result.story.frontMatter.title).toBe('Tỉn Keo Hill');
    expect(result.story.frontMatter.updated).toBe('2026-11-28');
    expect(result.story.frontMatter.sources).toHaveLength(1);
    expect(result.story.body.startsWith('## What happened here')).toBe(true);
  });

  it('accepts a UTF-8 BOM and Windows line endings', () => {
    const result = parseFixture('valid-bom-crlf.vi.md', 'tin-keo.vi.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.frontMatter.title).toBe('Đồi Tỉn Keo');
    expect(result.story.body).toBe('Đồi Tỉn Keo nằm dưới chân Đèo De.');
    expect(result.story.body).not.toContain('\r');
  });

  it('allows Markdown autolinks (they are not raw HTML)', () => {
    expect(parseFixture('valid.en.md', 'tin-keo.en.md').ok).toBe(true);
  });
});

describe('parseStory – broken stories are reported, never thrown', () => {
  it('rejects a file name that is not <site-id>.<vi|en>.md', () => {
    const errors = errorsOf(parseFixture('Tin_Keo.fr.md'));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'fileName' }));
  });

  it('rejects a file without front matter', () => {
    const errors = errorsOf(parseFixture('no-front-matter.vi.md', 'tin-keo.vi.md'));
    expect(errors).toEqual([expect.objectContaining({ path: 'frontMatter', message: expect.stringMatching(/start with/) })]);
  });

  it('rejects front matter that is never closed', () => {
    const errors = errorsOf(parseFixture('unclosed.vi.md', 'tin-keo.vi.md'));
    expect(errors).toEqual([expect.objectContaining({ path: 'frontMatter', message: expect.stringMatching(/not closed/) })]);
  });

  it('reports invalid YAML', () => {
    const errors = errorsOf(parseFixture('bad-yaml.vi.md', 'tin-keo.vi.md'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.path === 'frontMatter' && e.message.startsWith('invalid YAML'))).toBe(true);
  });

  it('requires front matter to be a mapping', () => {
    const errors = errorsOf(parseFixture('list-front-matter.vi.md', 'tin-keo.vi.md'));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'frontMatter', message: expect.stringMatching(/mapping/) }));
  });

  it('requires at least one source', () => {
    const errors = errorsOf(parseFixture('no-sources.vi.md', 'tin-keo.vi.md'));
    expect(errors).toContainEqual({ path: 'frontMatter.sources', message: 'a story needs at least one source' });
  });

  it('rejects non-http(s) source links', () => {
    const errors = errorsOf(parseFixture('bad-url.vi.md', 'tin-keo.vi.md'));
    expect(errors).toContainEqual({ path: 'frontMatter.sources[0].url', message: 'must be an http(s) URL' });
  });

  it('rejects an impossible "updated" date', () => {
    const errors = errorsOf(parseFixture('bad-date.vi.md', 'tin-keo.vi.md'));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'frontMatter.updated' }));
  });

  it('rejects a blank title and unknown keys', () => {
    const paths = errorsOf(parseFixture('empty-title-unknown-key.vi.md', 'tin-keo.vi.md')).map((e) => e.path);
    expect(paths).toContain('frontMatter.title');
    expect(paths.some((p) => p === 'frontMatter' || p.startsWith('frontMatter.author'))).toBe(true);
  });

  it('rejects hotlinked images and images without both alt texts', () => {
    const paths = errorsOf(parseFixture('bad-image.vi.md', 'tin-keo.vi.md')).map((e) => e.path);
    expect(paths).toContain('frontMatter.images[0].src');
    expect(paths).toContain('frontMatter.images[0].alt.en');
  });

  it('rejects raw HTML in the body', () => {
    const errors = errorsOf(parseFixture('raw-html.vi.md', 'tin-keo.vi.md'));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'body', message: expect.stringMatching(/HTML/) }));
  });

  it('rejects an empty body', () => {
    const errors = errorsOf(parseFixture('empty-body.vi.md', 'tin-keo.vi.md'));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'body' }));
  });

  it('never throws, whatever the input', () => {
    for (const text of ['', '---', '---\n---', '\uFEFF', '---\n: : :\n---\nx', '---\n!!binary x\n---\nx']) {
      expect(() => parseStory(text, 'x.vi.md')).not.toThrow();
      expect(parseStory(text, 'x.vi.md').ok).toBe(false);
    }
    expect(() => parseStory(undefined as unknown as string, undefined as unknown as string)).not.toThrow();
  });
});
