import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkSentence, flattenScript, markdownInlineToText, MAX_CHUNK_CHARS, nextSectionStart, splitSentences, storyScript } from '../../../src/domain/narration/script.ts';
import { parseStory } from '../../../src/domain/schema/story.ts';
import { pickVoice, type VoiceLike } from '../../../src/domain/narration/voice.ts';
import viNarration from '../../../src/features/narration/locales/vi.json';
import enNarration from '../../../src/features/narration/locales/en.json';

const voice = (lang: string, o: Partial<VoiceLike> = {}): VoiceLike => ({ name: `${lang} voice`, lang, localService: false, default: false, ...o });

describe('story script for the device voice', () => {
  it('reads Markdown as words: link text kept, URLs, emphasis and code marks dropped', () => {
    expect(markdownInlineToText('Theo **Báo Thái Nguyên** ([nguồn](https://baothainguyen.vn/x)), _đồi_ `Tỉn Keo` <https://a.vn>'))
      .toBe('Theo Báo Thái Nguyên (nguồn), đồi Tỉn Keo');
  });

  it('splits Vietnamese paragraphs into sentences without breaking dates like 19/12/1946', () => {
    const s = splitSentences('Ngày 19/12/1946, kháng chiến bùng nổ. Ngày 20/5/1947, Bác đến Điềm Mặc! Vì sao?', 'vi');
    expect(s).toEqual(['Ngày 19/12/1946, kháng chiến bùng nổ.', 'Ngày 20/5/1947, Bác đến Điềm Mặc!', 'Vì sao?']);
  });

  it('cuts a long sentence at a comma or a space, never over the limit, losing no word', () => {
    const long = Array.from({ length: 30 }, (_, i) => `đoạn thứ ${i + 1} của câu rất dài`).join(', ') + '.';
    const chunks = chunkSentence(long);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    expect(chunks.join(' ')).toBe(long);
    expect(chunks[0]?.endsWith(',')).toBe(true);
    expect(chunkSentence('x'.repeat(400)).every((c) => c.length <= MAX_CHUNK_CHARS)).toBe(true);
  });

  it('makes one section per heading, title first, list items as sentences of their own', () => {
    const sections = storyScript('Mở đầu. Câu hai.\n\n## Mốc chính\n\n- Năm 1947.\n- Năm 1953\n\n## Ngày nay\nCòn bia.', 'vi', 'Đồi Tỉn Keo');
    expect(sections).toEqual([
      { heading: 'Đồi Tỉn Keo', chunks: ['Mở đầu.', 'Câu hai.'] },
      { heading: 'Mốc chính', chunks: ['Năm 1947.', 'Năm 1953'] },
      { heading: 'Ngày nay', chunks: ['Còn bia.'] },
    ]);
    const flat = flattenScript(sections);
    expect(flat.map((c) => c.text)).toEqual(['Đồi Tỉn Keo', 'Mở đầu.', 'Câu hai.', 'Mốc chính', 'Năm 1947.', 'Năm 1953', 'Ngày nay', 'Còn bia.']);
    expect(nextSectionStart(flat, 1)).toBe(3);
    expect(nextSectionStart(flat, 4)).toBe(6);
    expect(nextSectionStart(flat, 7)).toBeNull();
  });

  it('turns every real story into utterances under the limit, with no Markdown left', () => {
    const dir = join(import.meta.dirname, '../../../data/stories');
    const story = parseStory(readFileSync(join(dir, 'atk-dinh-hoa.vi.md'), 'utf8'), 'atk-dinh-hoa.vi.md');
    if (!story.ok) throw new Error('story does not parse');
    const flat = flattenScript(storyScript(story.story.body, 'vi', story.story.frontMatter.title));
    expect(flat.length).toBeGreaterThan(10);
    for (const c of flat) {
      expect(c.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
      expect(c.text).not.toMatch(/\]\(|\*\*|^#|https?:/);
    }
  });
});

describe('choosing the device voice', () => {
  it('never reads Vietnamese with an English voice', () => {
    expect(pickVoice([voice('en-US', { localService: true, default: true })], 'vi')).toBeNull();
    expect(pickVoice([], 'vi')).toBeNull();
  });
  it('takes vi-VN, vi_VN or vi, preferring a voice on the device', () => {
    const remote = voice('vi-VN', { name: 'Google tiếng Việt', default: true });
    const local = voice('vi_VN', { name: 'Linh', localService: true });
    expect(pickVoice([voice('en-GB'), remote, local], 'vi')?.name).toBe('Linh');
    expect(pickVoice([voice('en-GB'), remote], 'vi')?.name).toBe('Google tiếng Việt');
    expect(pickVoice([voice('fr-FR'), voice('en-AU'), voice('en-GB')], 'en')?.lang).toBe('en-GB');
  });
});

describe('narration strings', () => {
  const keys = (o: object, p = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${p}${k}.`) : [`${p}${k}`]));
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(viNarration).sort()).toEqual(keys(enNarration).sort());
  });
});
