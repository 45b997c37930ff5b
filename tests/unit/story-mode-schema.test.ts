import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkStoryModeTargets, StoryModeSchema } from '../../src/domain/schema/story-mode.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function minimal(): Record<string, unknown> {
  return {
    id: 'atk-1947-1954',
    title: { vi: 'ATK Định Hóa 1947–1954', en: 'ATK Định Hóa 1947–1954' },
    chapters: [
      {
        id: 'tin-keo-1953',
        title: { vi: 'Tỉn Keo', en: 'Tỉn Keo' },
        text: { vi: 'Bộ Chính trị quyết định mở Chiến dịch Điện Biên Phủ.', en: 'The Politburo decides on Điện Biên Phủ.' },
        target: { site: 'tin-keo', zoom: 13 },
      },
      {
        id: 'atk-hom-nay',
        title: { vi: 'Hôm nay', en: 'Today' },
        text: { vi: 'Khu di tích quốc gia đặc biệt.', en: 'A special national relic.' },
        target: { bounds: [105.49, 21.76, 105.66, 21.93] },
      },
    ],
  };
}

function paths(value: unknown): string[] {
  const r = StoryModeSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('StoryModeSchema', () => {
  it('accepts site and bounds targets', () => {
    expect(StoryModeSchema.safeParse(minimal()).success).toBe(true);
  });

  it('rejects a missing translation', () => {
    const s = minimal();
    (s.chapters as { text: Record<string, string> }[])[0]!.text = { vi: 'Chỉ tiếng Việt' };
    expect(paths(s)).toContain('chapters.0.text.en');
  });

  it('rejects unknown keys and a target that is neither site nor bounds', () => {
    const s = minimal();
    const chapters = s.chapters as Record<string, unknown>[];
    chapters[0]!.target = { center: [105.5, 21.8] };
    chapters[1]!.extra = true;
    const p = paths(s);
    expect(p).toContain('chapters.0.target');
    expect(p.some((x) => x.startsWith('chapters.1'))).toBe(true);
  });

  it('rejects swapped or out-of-province bounds', () => {
    const swapped = minimal();
    (swapped.chapters as { target: unknown }[])[1]!.target = { bounds: [21.76, 105.49, 21.93, 105.66] };
    expect(StoryModeSchema.safeParse(swapped).success).toBe(false);
    const inverted = minimal();
    (inverted.chapters as { target: unknown }[])[1]!.target = { bounds: [105.66, 21.76, 105.49, 21.93] };
    expect(StoryModeSchema.safeParse(inverted).success).toBe(false);
  });

  it('rejects duplicate chapter ids and an empty story', () => {
    const dup = minimal();
    (dup.chapters as { id: string }[])[1]!.id = 'tin-keo-1953';
    expect(paths(dup)).toContain('chapters.1.id');
    expect(StoryModeSchema.safeParse({ ...minimal(), chapters: [] }).success).toBe(false);
  });

  it('rejects a zoom out of range', () => {
    const s = minimal();
    (s.chapters as { target: unknown }[])[0]!.target = { site: 'tin-keo', zoom: 40 };
    expect(paths(s)).not.toHaveLength(0);
  });
});

describe('checkStoryModeTargets', () => {
  it('flags unknown sites and sites without a position', () => {
    const s = StoryModeSchema.parse({
      ...minimal(),
      chapters: [
        { ...(minimal().chapters as object[])[0], id: 'a', target: { site: 'khong-ton-tai' } },
        { ...(minimal().chapters as object[])[0], id: 'b', target: { site: 'noi-thanh-lap-doi-tnxp-dau-tien' } },
        { ...(minimal().chapters as object[])[0], id: 'c', target: { site: 'tin-keo' } },
      ],
    });
    const sites = [
      { id: 'tin-keo', geometry: { type: 'Point', coordinates: [105.5086, 21.7882] } },
      { id: 'noi-thanh-lap-doi-tnxp-dau-tien', geometry: null },
    ];
    const errors = checkStoryModeTargets(s, sites);
    expect(errors.map((e) => e.path)).toEqual(['chapters[0].target.site', 'chapters[1].target.site']);
  });
});

describe('data/story-mode/atk-1947-1954.json', () => {
  const story = StoryModeSchema.parse(JSON.parse(readFileSync(ROOT + 'data/story-mode/atk-1947-1954.json', 'utf8')));
  const sites = (JSON.parse(readFileSync(ROOT + 'data/sites.geojson', 'utf8')) as { features: { id: string; geometry: unknown }[] })
    .features;

  it('is valid and every site target is a located site', () => {
    expect(story.id).toBe('atk-1947-1954');
    expect(checkStoryModeTargets(story, sites)).toEqual([]);
  });

  it('has 6–9 chapters of 40–90 words in each language', () => {
    expect(story.chapters.length).toBeGreaterThanOrEqual(6);
    expect(story.chapters.length).toBeLessThanOrEqual(9);
    for (const chapter of story.chapters) {
      for (const lang of ['vi', 'en'] as const) {
        const words = chapter.text[lang].split(/\s+/).filter(Boolean).length;
        expect(words, `${chapter.id}.${lang}`).toBeGreaterThanOrEqual(40);
        expect(words, `${chapter.id}.${lang}`).toBeLessThanOrEqual(90);
      }
    }
  });
});
