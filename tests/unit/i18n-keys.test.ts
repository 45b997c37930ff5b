import { describe, expect, it } from 'vitest';
import vi from '../../src/i18n/locales/vi.json';
import en from '../../src/i18n/locales/en.json';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
function values(obj: unknown): string[] {
  if (typeof obj === 'string') return [obj];
  if (typeof obj !== 'object' || obj === null) return [];
  return Object.values(obj).flatMap(values);
}

describe('locales', () => {
  it('have exactly the same keys in Vietnamese and English', () => {
    const a = keys(vi).sort();
    const b = keys(en).sort();
    expect(a.filter((k) => !b.includes(k)), 'missing in en.json').toEqual([]);
    expect(b.filter((k) => !a.includes(k)), 'missing in vi.json').toEqual([]);
  });
  it('have no empty strings', () => {
    expect(values(vi).filter((s) => s.trim() === '')).toEqual([]);
    expect(values(en).filter((s) => s.trim() === '')).toEqual([]);
  });
  it('write Vietnamese with its diacritics (no unaccented copy of English)', () => {
    expect(vi.app.title).toBe('Bản đồ số Địa chỉ đỏ Thái Nguyên');
    const accented = values(vi).filter((s) => /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(s));
    expect(accented.length / values(vi).length).toBeGreaterThan(0.7);
  });
  it('say in plain English what the words mean (issue 17 item 14)', () => {
    expect(en.search.hint).toContain('(accents optional)'); // the short placeholder is never cut; the hint says it (issue 18 item 9)
    expect(en.panel.location).toBe('Location accuracy');
    expect(en.confidence['commune-centroid']).toMatch(/^Only the commune is known/);
    expect(en.panel.opening).toBe('Opening hours');
    expect(en.storyMode.open).toBe('ATK Safe Zone story');
    // Once, plainly, what a "red address" is, in both languages (the header's line under the title).
    expect(en.app.tagline).toMatch(/^Red addresses are revolutionary heritage sites/);
    expect(vi.app.tagline).toMatch(/^Địa chỉ đỏ là những di tích cách mạng/);
  });
});
