/**
 * Full-text search over the sites, typed the Vietnamese way (see normalize.ts), on a MiniSearch index:
 * names first, then aliases, places (old and new commune, district), summary, story text (lowest boost).
 *
 * Search-as-you-type rules:
 * - every query word must match (AND); if no site has them all, any word counts (OR);
 * - the last word, 1–2 letters, is matched against word beginnings in names, aliases, places;
 * - words of 3+ letters are prefixes in names/aliases/places (one typo tolerated from 5 letters),
 *   and in summary/story from 4 letters (no typo tolerance in prose);
 * - words typed with tones prefer sites spelled the same way ("Đình" ranks Phú Đình above Định Hóa);
 * - a query that is a whole name or alias, or its words in order inside one, ranks first ("bac ho" puts
 *   "Nhà tưởng niệm Bác Hồ" above the scattered "Bản Bắc … Hóa"; "ATK" puts the alias "ATK" first).
 * Each word is looked up once and memoised on the index (a hidden, bounded cache: results depend only on
 * the sites and the query), so a keystroke costs about one word lookup.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { SiteFeature } from '../schema/site.ts';
import { normalizeVi, tokenizeVi } from './normalize.ts';
import {
  bestField,
  combine,
  phraseTier,
  tonedText,
  tonedWords,
  toneAgreement,
  topK,
  type Hit,
  type Ranked,
  type WordHits,
} from './search-rank.ts';

/** Where a hit came from, for "found in the story" hints in the UI; the best field wins. */
export type MatchedField = 'name' | 'alias' | 'place' | 'summary' | 'story';

/** Story text of a site in either language (markdown allowed); a missing language is simply not indexed. */
export interface StoryText {
  vi?: string;
  en?: string;
}
export type StoryTexts = ReadonlyMap<string, StoryText> | Readonly<Record<string, StoryText>>;

export interface SearchHit {
  id: string;
  score: number;
  matchedField: MatchedField;
}

export interface SearchOpts {
  /** Maximum number of hits (default 20). */
  limit?: number;
}

/** One field per kind of match (both languages together): fewer fields, fewer postings per keystroke. */
interface IndexedDoc {
  id: string;
  name: string;
  alias: string;
  place: string;
  summary: string;
  story: string;
}
type Field = Exclude<keyof IndexedDoc, 'id'> & MatchedField;

export interface SearchIndex {
  readonly size: number;
  /** @internal the MiniSearch engine; use search(). */
  readonly engine: MiniSearch<IndexedDoc>;
  /** @internal input position of each site, the tie-breaker. */
  readonly order: ReadonlyMap<string, number>;
  /** @internal "1-2 letters" → sites with a key-field word starting with them (see shortPrefixesOf). */
  readonly shortPrefixes: ReadonlyMap<string, WordHits>;
  /** @internal each site's text as written (lowercase NFC), to prefer the spelling typed with tones. */
  readonly toned: ReadonlyMap<string, string>;
  /** @internal each site's names and aliases as normalised words, for phrase ranking (phraseTier). */
  readonly phrases: ReadonlyMap<string, readonly string[][]>;
  /** @internal memo of recent word lookups (bounded). */
  readonly memo: Map<string, WordHits>;
}

/** Best first: this order decides matchedField when several fields match. */
const FIELDS: readonly Field[] = ['name', 'alias', 'place', 'summary', 'story'];
const fieldBit = (field: Field): number => 1 << FIELDS.indexOf(field);

/** Relative weights: a name hit beats an alias hit beats a place hit beats summary beats story. */
export const FIELD_BOOST: Readonly<Record<MatchedField, number>> = {
  name: 10,
  alias: 8,
  place: 3,
  summary: 1.2,
  story: 0.4,
};

/** Short, distinctive fields: a word being typed is prefix-matched here from its first letter, with typo tolerance. */
const KEY_FIELDS: readonly Field[] = ['name', 'alias', 'place'];
/**
 * Prose: common syllables (nơi, năm, của…) hit almost every site, so prefixes start at 4 letters and
 * there is no fuzziness (a typo fuzzed across whole stories costs much and finds noise).
 */
const TEXT_FIELDS: readonly Field[] = ['summary', 'story'];

const TEXT_PREFIX_MIN = 4;
const FUZZY_MIN = 5;
/** Words of up to this many letters being typed match word beginnings in key fields only (see shortPrefixesOf). */
const SHORT_PREFIX_MAX = 2;
/** Score of a short-prefix hit, as a fraction of the field boost: whole word, or the first 1 or 2 letters of a longer one. */
const SHORT_EXACT_WEIGHT = 0.5;
const SHORT_PREFIX_WEIGHT = { 1: 0.1, 2: 0.25 } as const;
const MEMO_SIZE = 64;

/** Words are runs of letters, digits and combining marks; processTerm then folds them. */
const WORD_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;
const tokenize = (text: string): string[] => text.split(WORD_SPLIT);
/** Vietnamese has a few thousand syllables: memoising the fold makes indexing long stories cheap. */
const termCache = new Map<string, string | null>();
const TERM_CACHE_MAX = 50_000;
function processTerm(term: string): string | null {
  let folded = termCache.get(term);
  if (folded === undefined) {
    folded = normalizeVi(term) || null;
    if (termCache.size < TERM_CACHE_MAX) termCache.set(term, folded);
  }
  return folded;
}

/** Markdown link targets and HTML tags say nothing a reader would search for. */
function storyPlainText(markdown: string | undefined): string {
  if (markdown === undefined) return '';
  return markdown.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, ' ');
}

function storyOf(stories: StoryTexts | undefined, id: string): StoryText | undefined {
  if (stories === undefined) return undefined;
  if (stories instanceof Map) return stories.get(id);
  const record = stories as Readonly<Record<string, StoryText>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

function toDoc(site: SiteFeature, story: StoryText | undefined): IndexedDoc {
  const p = site.properties;
  return {
    id: site.id,
    name: `${p.name.vi} · ${p.name.en}`,
    alias: p.aliases.join(' · '),
    place: `${p.place.commune} · ${p.place.communeAfter2025} · ${p.place.district}`,
    summary: `${p.summary.vi} · ${p.summary.en}`,
    story: `${storyPlainText(story?.vi)} · ${storyPlainText(story?.en)}`,
  };
}

/**
 * Short-prefix table: every 1- and 2-letter word beginning in the key fields → documents, scored by the
 * best such field. A word of one or two letters being typed is looked up here instead of expanding
 * thousands of index terms.
 */
function shortPrefixesOf(docs: readonly IndexedDoc[]): Map<string, Map<string, Hit>> {
  const out = new Map<string, Map<string, Hit>>();
  const add = (prefix: string, id: string, score: number, bit: number) => {
    let hits = out.get(prefix);
    if (hits === undefined) out.set(prefix, (hits = new Map()));
    const prev = hits.get(id);
    if (prev === undefined) hits.set(id, { score, fields: bit });
    else hits.set(id, { score: Math.max(prev.score, score), fields: prev.fields | bit });
  };
  for (const doc of docs) {
    for (const field of KEY_FIELDS) {
      const boost = FIELD_BOOST[field];
      for (const word of tokenizeVi(doc[field])) {
        add(word.slice(0, 1), doc.id, boost * (word.length === 1 ? SHORT_EXACT_WEIGHT : SHORT_PREFIX_WEIGHT[1]), fieldBit(field));
        if (word.length >= 2) {
          add(word.slice(0, 2), doc.id, boost * (word.length === 2 ? SHORT_EXACT_WEIGHT : SHORT_PREFIX_WEIGHT[2]), fieldBit(field));
        }
      }
    }
  }
  return out;
}

export function buildSearchIndex(sites: readonly SiteFeature[], stories?: StoryTexts): SearchIndex {
  const engine = new MiniSearch<IndexedDoc>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: { boost: FIELD_BOOST, weights: { prefix: 0.5, fuzzy: 0.3 } },
  });
  const seen = new Set<string>();
  const order = new Map<string, number>();
  const toned = new Map<string, string>();
  const phrases = new Map<string, string[][]>();
  const docs: IndexedDoc[] = [];
  for (const site of sites) {
    if (seen.has(site.id)) continue; // duplicate ids are a data error reported elsewhere; index the first
    const doc = toDoc(site, storyOf(stories, site.id));
    seen.add(site.id);
    order.set(site.id, docs.length);
    toned.set(site.id, tonedText(FIELDS.map((f) => doc[f]).join(' ')));
    const { name, aliases } = site.properties;
    phrases.set(site.id, [name.vi, name.en, ...aliases].map(tokenizeVi));
    docs.push(doc);
  }
  engine.addAll(docs);
  const shortPrefixes = shortPrefixesOf(docs);
  return { size: docs.length, engine, order, shortPrefixes, toned, phrases, memo: new Map() };
}

/**
 * MiniSearch lookups for one query word. In key fields, words of 3+ letters are prefixes (shorter completed
 * words are exact) with one edit of fuzziness from 5 letters (Vietnamese syllables are short: fuzz on them
 * is noise); in prose, prefixes from 4 letters and no fuzziness. The result depends only on the word, never
 * on whether it is still being typed, so it can be memoised.
 */
function wordLookups(word: string): SearchOptions[] {
  return [
    { fields: [...KEY_FIELDS], prefix: word.length > SHORT_PREFIX_MAX, fuzzy: word.length >= FUZZY_MIN ? 1 : false },
    { fields: [...TEXT_FIELDS], prefix: word.length >= TEXT_PREFIX_MIN, fuzzy: false },
  ];
}

function fieldsOf(result: SearchResult): number {
  let mask = 0;
  for (const fields of Object.values(result.match)) {
    for (const field of fields as string[]) {
      const bit = FIELDS.indexOf(field as Field);
      if (bit >= 0) mask |= 1 << bit;
    }
  }
  return mask;
}

/**
 * Documents matching one query word, memoised on the index (a keystroke usually changes only the last word).
 * A short word still being typed (the last one, 1–2 letters) matches word beginnings in names, aliases, places.
 */
function wordHits(index: SearchIndex, word: string, typing: boolean): WordHits {
  if (typing && word.length <= SHORT_PREFIX_MAX) return index.shortPrefixes.get(word) ?? new Map();
  const key = word;
  const memo = index.memo.get(key);
  if (memo !== undefined) {
    index.memo.delete(key); // refresh its place in the LRU order
    index.memo.set(key, memo);
    return memo;
  }
  const hits = new Map<string, Hit>();
  // Collect through `filter` and keep nothing: MiniSearch then skips sorting thousands of results we re-rank anyway.
  const collect = (r: SearchResult): boolean => {
    const id = String(r.id);
    const prev = hits.get(id);
    const fields = fieldsOf(r);
    hits.set(id, prev === undefined ? { score: r.score, fields } : { score: prev.score + r.score, fields: prev.fields | fields });
    return false;
  };
  // Separate plain searches merged here: MiniSearch's combined sub-queries on one term overwrite each other's field lists.
  for (const options of wordLookups(word)) index.engine.search(word, { ...options, filter: collect });
  index.memo.set(key, hits);
  if (index.memo.size > MEMO_SIZE) {
    const oldest = index.memo.keys().next().value;
    if (oldest !== undefined) index.memo.delete(oldest);
  }
  return hits;
}

/** How much an exact toned spelling lifts a hit: score × (1 + TONE_BONUS × agreement). */
const TONE_BONUS = 0.5;
/** Phrase tiers and tone agreement re-rank this many candidates beyond the limit. */
const RERANK_POOL = 50;

/** Ranked hits, best first; an empty or punctuation-only query gives []. */
export function search(index: SearchIndex, query: string, opts: SearchOpts = {}): SearchHit[] {
  const limit = opts.limit ?? 20;
  const words = tokenizeVi(query);
  if (words.length === 0 || limit <= 0) return [];
  const lists = words.map((w, i) => wordHits(index, w, i === words.length - 1));
  let hits = combine(lists, 'AND');
  if (hits.size === 0 && words.length > 1) hits = combine(lists, 'OR');

  const toned = tonedWords(query);
  const pool = topK(hits, limit + RERANK_POOL, index.order).map(([id, r]): [string, Ranked] => {
    const agreement = toned.length === 0 ? 0 : toneAgreement(index.toned.get(id) ?? '', toned);
    const tier = phraseTier(words, index.phrases.get(id) ?? []);
    return [id, { ...r, score: r.score * (1 + TONE_BONUS * agreement), tier }];
  });
  const best = topK(new Map(pool), limit, index.order);
  return best.map(([id, r]) => ({
    id,
    score: r.score,
    matchedField: bestField(FIELDS, r.every !== 0 ? r.every : r.some, 'story'),
  }));
}

