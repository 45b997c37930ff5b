/**
 * Ranking helpers for search-index.ts, independent of MiniSearch: combine per-word hits (AND / OR),
 * prefer the spelling the user typed with its tones, and pick the top hits without sorting everything.
 */
import { normalizeVi } from './normalize.ts';

/** One document's result for one query word: score, and a bit mask of the fields it matched in. */
export interface Hit {
  score: number;
  fields: number;
}
export type WordHits = ReadonlyMap<string, Hit>;

/**
 * One document's result for the whole query: summed score; fields matched by every word / by some word;
 * `tier`, when set, is how well the query reads as a phrase of a name or alias (see phraseTier): it ranks
 * before the score.
 */
export interface Ranked {
  score: number;
  every: number;
  some: number;
  tier?: number;
}

/** AND: documents found for every word; OR: for any word. Scores are summed. */
export function combine(lists: readonly WordHits[], mode: 'AND' | 'OR'): Map<string, Ranked> {
  const out = new Map<string, Ranked>();
  if (lists.length === 0) return out;
  if (mode === 'AND') {
    const [smallest, ...rest] = [...lists].sort((a, b) => a.size - b.size);
    for (const [id, hit] of smallest ?? []) {
      const r: Ranked = { score: hit.score, every: hit.fields, some: hit.fields };
      let all = true;
      for (const other of rest) {
        const h = other.get(id);
        if (h === undefined) {
          all = false;
          break;
        }
        r.score += h.score;
        r.every &= h.fields;
        r.some |= h.fields;
      }
      if (all) out.set(id, r);
    }
    return out;
  }
  const seen = new Map<string, number>();
  for (const list of lists) {
    for (const [id, hit] of list) {
      const prev = out.get(id);
      if (prev === undefined) out.set(id, { score: hit.score, every: hit.fields, some: hit.fields });
      else out.set(id, { score: prev.score + hit.score, every: prev.every & hit.fields, some: prev.some | hit.fields });
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
  }
  for (const [id, n] of seen) if (n < lists.length) out.get(id)!.every = 0; // a word missed: no common field
  return out;
}

/** The first of `fields` whose bit is set in the mask (fields are listed best first). */
export function bestField<F>(fields: readonly F[], mask: number, fallback: F): F {
  const i = fields.findIndex((_, bit) => mask & (1 << bit));
  return i < 0 ? fallback : (fields[i] as F);
}

/**
 * The `limit` best entries, score descending, ties by `order` (input position); a bounded insertion
 * instead of sorting thousands of entries.
 */
export function topK(
  hits: ReadonlyMap<string, Ranked>,
  limit: number,
  order: ReadonlyMap<string, number>,
): [string, Ranked][] {
  const before = (a: [string, Ranked], b: [string, Ranked]) =>
    (b[1].tier ?? 0) - (a[1].tier ?? 0) ||
    b[1].score - a[1].score ||
    (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0);
  const best: [string, Ranked][] = [];
  if (limit <= 0) return best;
  for (const entry of hits) {
    if (best.length === limit) {
      if (before(entry, best[limit - 1]!) >= 0) continue;
      best.pop();
    }
    let i = best.length;
    while (i > 0 && before(entry, best[i - 1]!) < 0) i--;
    best.splice(i, 0, entry);
  }
  return best;
}

const WORD_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;
/** The five tone marks (sắc, huyền, hỏi, ngã, nặng) as combining characters, and a digit for each. */
const TONE_DIGIT: Readonly<Record<string, string>> = { '\u0301': '1', '\u0300': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5' };

/**
 * A word with its tone moved in front as a digit, vowel marks kept: "hóa" and "hoá" (both tone placements)
 * become "1hoa", "Đình" "2đinh", "Định" "5đinh"; a prefix of the word stays a prefix ("hó" → "1ho").
 */
const toneFirstCache = new Map<string, string>();
const TONE_CACHE_MAX = 50_000;

function toneFirst(word: string): string {
  const cached = toneFirstCache.get(word);
  if (cached !== undefined) return cached;
  const result = toneFirstUncached(word);
  if (toneFirstCache.size < TONE_CACHE_MAX) toneFirstCache.set(word, result);
  return result;
}

function toneFirstUncached(word: string): string {
  let tones = '';
  let base = '';
  for (const ch of word.normalize('NFD')) {
    const digit = TONE_DIGIT[ch];
    if (digit === undefined) base += ch;
    else tones += digit;
  }
  return tones + base.normalize('NFC');
}

/** The words of a text in tone-first form, lowercase, space-separated with a leading space: what tone matching looks in. */
export function tonedText(text: string): string {
  const words = text.toLowerCase().split(WORD_SPLIT).filter((w) => w !== '');
  return ` ${words.map(toneFirst).join(' ')} `;
}

/** The query words written with tones or diacritics, in tone-first form, e.g. "Đình Bảo bao" → ["2đinh", "3bao"]. */
export function tonedWords(query: string): string[] {
  return query
    .normalize('NFC')
    .toLowerCase()
    .split(WORD_SPLIT)
    .filter((w) => w !== '' && normalizeVi(w) !== w)
    .map(toneFirst);
}

/**
 * Fraction (0..1) of the toned query words that begin a word of the document spelled with the same tone
 * and marks: "Đình" prefers Phú Đình to Định Hóa although both fold to "dinh".
 */
export function toneAgreement(docToned: string, toned: readonly string[]): number {
  if (toned.length === 0) return 0;
  return toned.filter((w) => docToned.includes(` ${w}`)).length / toned.length;
}

/** How the query reads against one name or alias: the whole of it, its beginning, or a run of its words in order. */
export const PHRASE_TIER = { none: 0, inside: 1, start: 2, whole: 3 } as const;

/**
 * The best phrase tier of the query words (normalised) over a document's names and aliases (each as its
 * normalised words). "bac ho" is a run of words inside "Nhà tưởng niệm Bác Hồ" (tier inside) but only scattered
 * word beginnings in "Đồi Cọ (Bản Bắc)" (none); "atk" is the whole alias "ATK" of the ATK Định Hóa relic (whole).
 * The last word may be a prefix (it is being typed) except for `whole`; a single word is only ever `whole` or
 * `none`: any one-word hit is trivially "in order", and the field scores already rank it.
 */
export function phraseTier(words: readonly string[], phrases: readonly (readonly string[])[]): number {
  const n = words.length;
  if (n === 0) return PHRASE_TIER.none;
  let best: number = PHRASE_TIER.none;
  for (const phrase of phrases) {
    if (phrase.length === n && phrase.every((w, i) => w === words[i])) return PHRASE_TIER.whole;
    if (n < 2 || best === PHRASE_TIER.start) continue;
    for (let start = 0; start + n <= phrase.length; start++) {
      const run = words.every((w, i) => (i === n - 1 ? phrase[start + i]!.startsWith(w) : phrase[start + i] === w));
      if (!run) continue;
      best = Math.max(best, start === 0 ? PHRASE_TIER.start : PHRASE_TIER.inside);
      break;
    }
  }
  return best;
}
