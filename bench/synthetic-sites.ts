/**
 * Deterministic synthetic sites with Vietnamese-like names and text, for the explore benches (search, filters).
 * Not real data: only the shapes and the text statistics resemble data/sites.geojson.
 *
 * Text models:
 * - 'zipf' (default): words drawn with Zipf frequencies (s = 1) from ~3,000 Vietnamese-like syllables, the
 *   domain words (di tích, kháng chiến, Định Hóa…) among the most frequent, as in real heritage prose;
 * - 'dense': every word from a tiny 45-word vocabulary, so each query word hits most sites: a worst case.
 */
import { CATEGORIES, RANKS, type SiteFeature } from '../src/domain/schema/site.ts';
import { seededRandom as rng } from '../tests/support/seeded-random.ts';

const PLACE_SYLLABLES = [
  'Định', 'Hóa', 'Phú', 'Đình', 'Tỉn', 'Keo', 'Đèo', 'De', 'Điện', 'Biên', 'Nguyễn', 'Ái', 'Quốc', 'Hồ', 'Chí',
  'Minh', 'Thái', 'Nguyên', 'Đại', 'Từ', 'Võ', 'Nhai', 'Sơn', 'Dương', 'Đồng', 'Hỷ', 'Phổ', 'Yên', 'Bình', 'Tân',
  'Trung', 'Hùng', 'Vương', 'Khau', 'Tý', 'Lũng', 'Nà', 'Mòn', 'Quân', 'Chu', 'Thanh', 'Bảo', 'Linh',
  'Kim', 'Phượng', 'Điềm', 'Mặc', 'Lương', 'Ngọc', 'Tràng', 'Xá', 'Cù', 'Vân', 'Hợp', 'Thành', 'Lam', 'Vĩ',
];
const KINDS = ['Di tích', 'Lán', 'Khu di tích', 'Đền', 'Bảo tàng', 'Nhà tù', 'Đồi', 'Hang', 'Nhà lưu niệm', 'Trường'];
const DOMAIN_WORDS = [
  'nơi', 'Bác', 'Hồ', 'làm', 'việc', 'Trung', 'ương', 'Đảng', 'họp', 'kháng', 'chiến', 'chống', 'Pháp',
  'dịch', 'quyết', 'định', 'thành', 'lập', 'đội', 'quân', 'giải', 'phóng', 'cách', 'mạng', 'tháng', 'Tám', 'năm',
  'an', 'toàn', 'khu', 'bộ', 'nhân', 'dân', 'địa', 'phương', 'lịch', 'sử', 'văn', 'hóa', 'di', 'tích',
];
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const RHYMES = [
  'a', 'ai', 'an', 'ang', 'anh', 'ao', 'au', 'ay', 'ăn', 'ăng', 'âm', 'ân', 'âu', 'e', 'em', 'en', 'eo', 'ê', 'ên',
  'ênh', 'i', 'ich', 'im', 'in', 'inh', 'iêt', 'iên', 'o', 'oa', 'oai', 'oan', 'oang', 'oanh', 'oc', 'oi', 'om', 'on',
  'ong', 'ô', 'ôi', 'ôm', 'ôn', 'ông', 'ơ', 'ơi', 'ơn', 'u', 'ui', 'um', 'un', 'ung', 'uôc', 'uôi', 'uôn', 'uông',
  'uy', 'uyên', 'ư', 'ưa', 'ưng', 'ươc', 'ương', 'ươi',
];
/** No tone, sắc, huyền, hỏi, ngã, nặng as combining marks. */
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];


export interface SyntheticSet {
  sites: SiteFeature[];
  stories: Map<string, { vi: string; en: string }>;
  districts: string[];
  communes: string[];
}

export type TextModel = 'zipf' | 'dense';

/** A Vietnamese-looking syllable: onset + rhyme + tone mark on the first vowel, NFC. */
function syllable(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const onset = pick(ONSETS);
  const rhyme = pick(RHYMES);
  const tone = pick(TONES);
  return (onset + rhyme.charAt(0) + tone + rhyme.slice(1)).normalize('NFC');
}

/** Vocabulary in frequency-rank order: domain words spread over the top 200 ranks, then generated syllables. */
function zipfVocabulary(r: () => number, size: number): string[] {
  const generated = new Set<string>();
  while (generated.size < size) generated.add(syllable(r));
  const vocab = [...generated];
  for (const w of DOMAIN_WORDS) vocab.splice(Math.floor(r() * 200), 0, w);
  return vocab;
}

/** Sampler of ranks 0..n-1 with P(rank k) ∝ 1/(k+1)^s. */
function zipfSampler(r: () => number, n: number, s = 1): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) cumulative.push((total += 1 / (k + 1) ** s));
  return () => {
    const x = r() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function syntheticSites(
  count: number,
  opts: { seed?: number; stories?: boolean; text?: TextModel } = {},
): SyntheticSet {
  const seed = opts.seed ?? 1;
  const withStories = opts.stories ?? true;
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const vocab = opts.text === 'dense' ? DOMAIN_WORDS : zipfVocabulary(r, 3000);
  const rank = opts.text === 'dense' ? () => Math.floor(r() * DOMAIN_WORDS.length) : zipfSampler(r, vocab.length);
  const prose = (n: number) => Array.from({ length: n }, () => vocab[rank()]).join(' ');
  const placeSyllables = opts.text === 'dense' ? PLACE_SYLLABLES : [...PLACE_SYLLABLES, ...vocab.slice(200, 700)];
  const words = (n: number, from: readonly string[]) => Array.from({ length: n }, () => pick(from)).join(' ');
  const districts = Array.from({ length: 15 }, () => words(2, PLACE_SYLLABLES));
  const communes = Array.from({ length: 400 }, () => words(2, placeSyllables));
  const sites: SiteFeature[] = [];
  const stories = new Map<string, { vi: string; en: string }>();
  for (let i = 0; i < count; i++) {
    const id = `site-${i}`;
    const located = r() > 0.05;
    const year = 1900 + Math.floor(r() * 110);
    const dates = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => ({
      date: String(Math.min(2010, year + k * 3)),
      event: { vi: prose(6), en: 'Event' },
    }));
    const commune = pick(communes);
    sites.push({
      type: 'Feature',
      id,
      geometry: located
        ? { type: 'Point', coordinates: [105.3 + r() * 1.0, 21.35 + r() * 1.4] }
        : null,
      properties: {
        name: { vi: `${pick(KINDS)} ${words(2 + Math.floor(r() * 2), placeSyllables)}`, en: `Site ${words(2, placeSyllables)}` },
        aliases: r() > 0.7 ? [words(3, placeSyllables)] : [],
        summary: { vi: prose(25), en: 'A synthetic site used for benchmarks only.' },
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
    if (r() > 0.5 && withStories) stories.set(id, { vi: prose(150), en: 'Story text in English for the benchmark.' });
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
