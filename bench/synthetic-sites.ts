/**
 * Deterministic synthetic sites with Vietnamese-like names, for the explore benches (search, filters).
 * Not real data: only the shapes and the text statistics resemble data/sites.geojson.
 */
import { CATEGORIES, RANKS, type SiteFeature } from '../src/domain/schema/site.ts';

const SYLLABLES = [
  'Định', 'Hóa', 'Phú', 'Đình', 'Tỉn', 'Keo', 'Đèo', 'De', 'Điện', 'Biên', 'Nguyễn', 'Ái', 'Quốc', 'Hồ', 'Chí',
  'Minh', 'Thái', 'Nguyên', 'Đại', 'Từ', 'Võ', 'Nhai', 'Sơn', 'Dương', 'Đồng', 'Hỷ', 'Phổ', 'Yên', 'Bình', 'Tân',
  'Trung', 'Hùng', 'Vương', 'Khau', 'Tý', 'Lũng', 'Nà', 'Mòn', 'Quân', 'Chu', 'Thanh', 'Định', 'Bảo', 'Linh',
  'Kim', 'Phượng', 'Điềm', 'Mặc', 'Lương', 'Ngọc', 'Tràng', 'Xá', 'Cù', 'Vân', 'Hợp', 'Thành', 'Lam', 'Vĩ',
];
const KINDS = ['Di tích', 'Lán', 'Khu di tích', 'Đền', 'Bảo tàng', 'Nhà tù', 'Đồi', 'Hang', 'Nhà lưu niệm', 'Trường'];
const WORDS = [
  'nơi', 'Bác', 'Hồ', 'làm', 'việc', 'Trung', 'ương', 'Đảng', 'họp', 'kháng', 'chiến', 'chống', 'Pháp', 'chiến',
  'dịch', 'quyết', 'định', 'thành', 'lập', 'đội', 'quân', 'giải', 'phóng', 'cách', 'mạng', 'tháng', 'Tám', 'năm',
  'an', 'toàn', 'khu', 'bộ', 'đội', 'nhân', 'dân', 'địa', 'phương', 'lịch', 'sử', 'văn', 'hóa', 'di', 'tích',
];

/** Small, fast, seedable PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticSet {
  sites: SiteFeature[];
  stories: Map<string, { vi: string; en: string }>;
  districts: string[];
  communes: string[];
}

export function syntheticSites(count: number, opts: { seed?: number; stories?: boolean } = {}): SyntheticSet {
  const seed = opts.seed ?? 1;
  const withStories = opts.stories ?? true;
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const words = (n: number, from: readonly string[]) => Array.from({ length: n }, () => pick(from)).join(' ');
  const districts = Array.from({ length: 15 }, () => words(2, SYLLABLES));
  const communes = Array.from({ length: 400 }, () => words(2, SYLLABLES));
  const sites: SiteFeature[] = [];
  const stories = new Map<string, { vi: string; en: string }>();
  for (let i = 0; i < count; i++) {
    const id = `site-${i}`;
    const located = r() > 0.05;
    const year = 1900 + Math.floor(r() * 110);
    const dates = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => ({
      date: String(Math.min(2010, year + k * 3)),
      event: { vi: words(6, WORDS), en: 'Event' },
    }));
    const commune = pick(communes);
    sites.push({
      type: 'Feature',
      id,
      geometry: located
        ? { type: 'Point', coordinates: [105.3 + r() * 1.0, 21.35 + r() * 1.4] }
        : null,
      properties: {
        name: { vi: `${pick(KINDS)} ${words(2 + Math.floor(r() * 2), SYLLABLES)}`, en: `Site ${words(2, SYLLABLES)}` },
        aliases: r() > 0.7 ? [words(3, SYLLABLES)] : [],
        summary: { vi: words(25, WORDS), en: 'A synthetic site used for benchmarks only.' },
        category: pick(CATEGORIES),
        redAddress: r() > 0.1,
        rank: { level: pick(RANKS) },
        dates,
        place: {
          district: pick(districts),
          commune,
          communeAfter2025: `xã ${pick(communes)}`,
          communeAfter2025Confidence: 'official',
        },
        location: { confidence: located ? 'source' : 'none', note: { vi: 'Ghi chú', en: 'Note' } },
        visit: {},
        images: [],
        sources: [{ title: 'Synthetic', url: 'https://example.org/' }],
      },
    });
    if (r() > 0.5 && withStories) stories.set(id, { vi: words(150, WORDS), en: 'Story text in English for the benchmark.' });
  }
  return { sites, stories, districts, communes };
}

/** Percentile (0..1) of already-collected samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i] as number;
}

export const round = (ms: number): number => Math.round(ms * 1000) / 1000;
