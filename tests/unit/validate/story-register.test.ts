import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Stories are read by pupils: the story itself reads like a story, and what is uncertain is said once, plainly,
// in a closing part. This guards the real content (issue 17 item 6).
const DIR = join(import.meta.dirname, '../../../data/stories');
const CLOSING = { vi: '## Nguồn và độ tin cậy', en: '## Sources and certainty' } as const;
const LAB_NOTEBOOK = {
  vi: /các nguồn đã đọc|chưa tìm thấy|nhóm biên soạn/i,
  en: /\bsources read\b|\bwas not found\b|\bwere not found\b|\bthe editors\b/i,
} as const;

const files = readdirSync(DIR).filter((f) => /\.(vi|en)\.md$/.test(f));

describe('story register for young readers', () => {
  it.each(files)('%s ends with its sources-and-certainty part and has no research-note phrases', (file) => {
    const lang = file.endsWith('.vi.md') ? 'vi' : 'en';
    const body = readFileSync(join(DIR, file), 'utf8').split(/^---$/m).slice(2).join('---');
    const at = body.indexOf(`\n${CLOSING[lang]}\n`);
    expect(at, 'closing part').toBeGreaterThan(0);
    expect(body.slice(at + 1).match(/^## /gm), 'the closing part is the last one').toHaveLength(1);
    expect(body).not.toMatch(LAB_NOTEBOOK[lang]);
  });
});
