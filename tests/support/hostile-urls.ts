import { seededRandom as rng } from './seeded-random.ts';
/**
 * 1,000 seeded hostile query strings for the URL parsers and the app: long, unicode, malformed percent-encoding,
 * repeated keys, wrong types, markup, and well-formed values that name nothing (an unknown site, story, district).
 * Every query is built so that none of its values is valid AND known: opening it must leave the app in its home
 * state (no panel, no story, every site listed). Deterministic: the same seed gives the same list.
 */

export interface HostileUrl {
  /** The query string, starting with "?" (or not: a few omit it on purpose). */
  query: string;
  /** Which recipe built it (for failure messages and the counts in the report). */
  kind: string;
  /** True when every value is malformed, so even the pure parsers must return the empty state. */
  malformedOnly: boolean;
}

export { seededRandom as rng } from './seeded-random.ts';

const KEYS = ['site', 'lang', 'cat', 'rank', 'period', 'district', 'commune', 'story', 'ch', 'plan', 'mode', 'view', 'q', 'x'];

/** Values no parser may accept: each holds a character outside every accepted alphabet, or a wrong type. */
const MALFORMED = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '../../etc/passwd', '%00', '\u0000',
  'NaN', 'Infinity', '-1', '1e309', '0x10', '[object Object]', '{"a":1}', '[]', 'null', 'undefined', 'true',
  'TIN-KEO', 'tin keo!', 'tin--keo', '-tin-keo', 'tin_keo', 'a/b', 'a?b', 'a#b', 'a&b', '😀', '\u202Eabc', 'e\u0301\u0301\u0301!',
  '\uD800', '\uDFFF', 'Định Hóa<', 'xã;drop table', '1.c.0800.zzzz-99_', '2.c.0800.', '1.x.9999.', 'kioskk', 'KIOSK', 'kiosk ',
  'vi-VN', 'EN', 'fr', 'museum!', 'museum,<b>', ',,,,', '\t\n', '%', '%zz', '%E0%A4', '%ED%A0%80', '%C0%AF', '%FF%FE',
];
/** Well-formed but naming nothing in the content: the app must drop them. */
const UNKNOWN = ['site=no-such-site', 'story=no-such-story', 'district=Nowhere', 'commune=xã Không Có', 'site=a', 'story=x-y-z&ch=2'];

const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz0123456789-',
  'Đđăâêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
  '<>"\'`&;=?#%+/\\ \t{}[]()!$*|^~',
  '\u0000\u0001\u001f\u007f\u200b\u200d\u2028\u2029\ufeff\ufffd',
  '😀🇻🇳👍🏽𝔘𝔫𝔦𝔠𝔬𝔡𝔢漢字カタカナعربيעבריתहिन्दी',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function randomText(r: () => number, length: number): string {
  const alphabet = [...pick(r, ALPHABETS)];
  let s = '';
  for (let i = 0; i < length; i++) s += pick(r, alphabet);
  return s;
}

/** A random value guaranteed malformed: random text plus one character no parser accepts. */
function malformedValue(r: () => number): string {
  const base = r() < 0.5 ? pick(r, MALFORMED) : randomText(r, 1 + Math.floor(r() * 30));
  // No commas: a filter value is split on them, and each piece must stay malformed on its own.
  return `${base.replace(/,/g, ';')}${pick(r, ['<', '!', '\u0000', '"', ';', '{', '😀'])}`;
}

const enc = (r: () => number, s: string): string => {
  // Raw (URLSearchParams and the browser must cope), unless raw would split the value into other, valid ones.
  if (r() < 0.4 && !/[&#=+]/.test(s)) return s;
  try {
    return encodeURIComponent(s);
  } catch {
    return s; // lone surrogates cannot be encoded: keep them raw
  }
};

type Recipe = (r: () => number) => { query: string; malformedOnly: boolean };

const RECIPES: Record<string, Recipe> = {
  'malformed-values': (r) => {
    const n = 1 + Math.floor(r() * 5);
    const parts = Array.from({ length: n }, () => `${pick(r, KEYS)}=${enc(r, malformedValue(r))}`);
    return { query: `?${parts.join('&')}`, malformedOnly: true };
  },
  'repeated-keys': (r) => {
    const key = pick(r, KEYS);
    const parts = Array.from({ length: 2 + Math.floor(r() * 40) }, () => `${key}=${enc(r, malformedValue(r))}`);
    return { query: `?${parts.join('&')}`, malformedOnly: true };
  },
  'long-value': (r) => {
    const key = pick(r, KEYS);
    // Longer than every parser's cap (site 200, plan 1,000, a filter parameter 5,050 characters).
    const len = pick(r, [6000, 20000, 60000]);
    // A long run of valid-looking characters: only the length is wrong.
    const unit = pick(r, ['a', 'tin-keo-', 'museum,', 'Định Hóa,', '1']);
    return { query: `?${key}=${enc(r, unit.repeat(Math.ceil(len / unit.length)).slice(0, len))}x!`, malformedOnly: true };
  },
  'many-keys': (r) => {
    const parts = Array.from({ length: 200 + Math.floor(r() * 800) }, (_, i) => `k${i}=${enc(r, randomText(r, 5))}`);
    return { query: `?${parts.join('&')}`, malformedOnly: true };
  },
  'broken-syntax': (r) => {
    const q = pick(r, ['?&&&', '?=', '?==x', '?site', '?site=', '?&site=&lang=', '??site=x!', '?site=%', '?%=%', '?#', '?a=1#b=2', '?;site=x;']);
    return { query: q + randomText(r, Math.floor(r() * 10)).replace(/[a-z0-9-]/g, '!'), malformedOnly: true };
  },
  'wrong-types': (r) => {
    const q = pick(r, [
      `?ch=${pick(r, ['abc', '-5', '0', '1.5', '1e3', '100', ' 2', '0x2'])}&story=${enc(r, malformedValue(r))}`,
      `?lang=${pick(r, ['1', 'vi,en', 'en-US', 'VI', ' vi', 'e n'])}`,
      `?cat[]=${pick(r, ['museum', 'x'])}&cat[0]=museum&rank{}=national`,
      `?period=${pick(r, ['1900', '1946-1955', 'before-1944', 'after', '-'])}`,
      `?plan=${pick(r, ['1', '1.c', '1.c.25:00.', '1.q.0800.', '1.c.0800.abcd-1000', '9.c.0800.', '1.p1_2_3.0800.'])}`,
      `?mode=${pick(r, ['1', 'kiosk,kiosk', 'Kiosk', 'admin'])}`,
    ]);
    return { query: q, malformedOnly: true };
  },
  'unicode-keys': (r) => {
    const parts = Array.from({ length: 1 + Math.floor(r() * 4) }, () => `${enc(r, randomText(r, 4))}=${enc(r, randomText(r, 8))}`);
    return { query: `?${parts.join('&')}`, malformedOnly: true };
  },
  'unknown-but-well-formed': (r) => {
    const parts = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, UNKNOWN));
    return { query: `?${parts.join('&')}`, malformedOnly: false };
  },
};

export const HOSTILE_URL_COUNT = 1000;

/** The hostile query strings, `count` of them, seeded. */
export function hostileUrls(seed = 7, count = HOSTILE_URL_COUNT): HostileUrl[] {
  const r = rng(seed);
  const kinds = Object.keys(RECIPES);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length] as string;
    const recipe = RECIPES[kind] as Recipe;
    return { kind, ...recipe(r) };
  });
}
