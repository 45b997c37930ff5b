/**
 * Full-text search over the sites, typed the Vietnamese way (see normalize.ts):
 * names and aliases first, then places (old and new commune, district), then summary and story text.
 *
 * Search-as-you-type: every query word must match (AND; if nothing does, any word, OR), the last word
 * is the one being typed and matches as a prefix. Each word is looked up on its own and memoised,
 * so a keystroke only costs the lookup of the word that changed.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { LocalizedText } from '../schema/common.ts';
import type { SiteFeature } from '../schema/site.ts';
import { normalizeVi, tokenizeVi } from './normalize.ts';

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

export interface Suggestion {
  id: string;
  name: LocalizedText;
  matchedField: MatchedField;
}

export interface SearchOpts {
  /** Maximum number of hits (default 20 for search, 8 for suggest). */
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

/** Per-document result of one query word: summed score and a bit mask of matched field kinds. */
interface Hit {
  score: number;
  kinds: number;
}
type WordHits = ReadonlyMap<string, Hit>;

export interface SearchIndex {
  readonly size: number;
  /** @internal the MiniSearch engine; use search()/suggest(). */
  readonly engine: MiniSearch<IndexedDoc>;
  /** @internal display names, for suggest(). */
  readonly names: ReadonlyMap<string, LocalizedText>;
  /** @internal input position of each site, the tie-breaker. */
  readonly order: ReadonlyMap<string, number>;
  /** @internal "scope|1-2 letters" → sites with a key-field word starting with them (see shortPrefixesOf). */
  readonly shortPrefixes: ReadonlyMap<string, WordHits>;
  /** @internal memo of recent word lookups (bounded). */
  readonly memo: Map<string, WordHits>;
}

/** Best first: this order decides matchedField when several fields match. */
const FIELDS: readonly Field[] = ['name', 'alias', 'place', 'summary', 'story'];
const kindBit = (field: Field): number => 1 << FIELDS.indexOf(field);

/** Relative weights: a name hit beats an alias hit beats a place hit beats summary beats story. */
export const FIELD_BOOST: Readonly<Record<MatchedField, number>> = {
  name: 10,
  alias: 8,
  place: 3,
  summary: 1.2,
  story: 0.4,
};

/** Short, distinctive fields: a word being typed is prefix-matched here from its first letter. */
const KEY_FIELDS: readonly Field[] = ['name', 'alias', 'place'];
/** Long prose: common syllables (nơi, năm, của…) hit almost every site, so prefixes start at 3 letters. */
const TEXT_FIELDS: readonly Field[] = ['summary', 'story'];
/** Suggestions come from names and aliases only. */
const SUGGEST_FIELDS: readonly Field[] = ['name', 'alias'];
type Scope = 'all' | 'suggest';
const SCOPE_FIELDS: Record<Scope, readonly Field[]> = { all: FIELDS, suggest: SUGGEST_FIELDS };

const TEXT_PREFIX_MIN = 3;
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
const processTerm = (term: string): string | null => normalizeVi(term) || null;

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
function shortPrefixesOf(docs: readonly IndexedDoc[], scope: Scope): Map<string, Map<string, Hit>> {
  const fields = KEY_FIELDS.filter((f) => SCOPE_FIELDS[scope].includes(f));
  const out = new Map<string, Map<string, Hit>>();
  const add = (prefix: string, id: string, score: number, kind: number) => {
    const key = `${scope}|${prefix}`;
    let hits = out.get(key);
    if (hits === undefined) out.set(key, (hits = new Map()));
    const prev = hits.get(id);
    if (prev === undefined) hits.set(id, { score, kinds: kind });
    else hits.set(id, { score: Math.max(prev.score, score), kinds: prev.kinds | kind });
  };
  for (const doc of docs) {
    for (const field of fields) {
      const boost = FIELD_BOOST[field];
      for (const word of tokenizeVi(doc[field])) {
        add(word.slice(0, 1), doc.id, boost * (word.length === 1 ? SHORT_EXACT_WEIGHT : SHORT_PREFIX_WEIGHT[1]), kindBit(field));
        if (word.length >= 2) {
          add(word.slice(0, 2), doc.id, boost * (word.length === 2 ? SHORT_EXACT_WEIGHT : SHORT_PREFIX_WEIGHT[2]), kindBit(field));
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
  const names = new Map<string, LocalizedText>();
  const order = new Map<string, number>();
  const docs: IndexedDoc[] = [];
  for (const site of sites) {
    if (names.has(site.id)) continue; // duplicate ids are a data error reported elsewhere; index the first
    names.set(site.id, site.properties.name);
    order.set(site.id, docs.length);
    docs.push(toDoc(site, storyOf(stories, site.id)));
  }
  engine.addAll(docs);
  const shortPrefixes = new Map([...shortPrefixesOf(docs, 'all'), ...shortPrefixesOf(docs, 'suggest')]);
  return { size: docs.length, engine, names, order, shortPrefixes, memo: new Map() };
}

/**
 * One query word through MiniSearch. Words of 3+ letters are prefixes everywhere (prose from 3 letters on),
 * so the result does not change when the word is completed by a space; one edit of fuzziness only for
 * words of 5+ letters (Vietnamese syllables are short, fuzz on them is noise). Short completed words are exact.
 */
function wordQuery(word: string, scope: Scope): Query {
  const typing = word.length > SHORT_PREFIX_MAX;
  const fuzzy = word.length >= FUZZY_MIN ? 1 : false;
  const key = KEY_FIELDS.filter((f) => SCOPE_FIELDS[scope].includes(f));
  const text = TEXT_FIELDS.filter((f) => SCOPE_FIELDS[scope].includes(f));
  const parts: Query[] = [{ queries: [word], fields: key, prefix: typing, fuzzy }];
  if (text.length > 0) {
    parts.push({ queries: [word], fields: text, prefix: typing && word.length >= TEXT_PREFIX_MIN, fuzzy });
  }
  return { combineWith: 'OR', queries: parts };
}

function kindsOf(result: SearchResult): number {
  let kinds = 0;
  for (const fields of Object.values(result.match)) {
    for (const field of fields as string[]) {
      const bit = FIELDS.indexOf(field as Field);
      if (bit >= 0) kinds |= 1 << bit;
    }
  }
  return kinds;
}

/**
 * Documents matching one query word, memoised on the index (a keystroke usually changes only the last word).
 * A short word still being typed (the last one, 1–2 letters) matches word beginnings in names, aliases, places.
 */
function wordHits(index: SearchIndex, word: string, typing: boolean, scope: Scope): WordHits {
  if (typing && word.length <= SHORT_PREFIX_MAX) return index.shortPrefixes.get(`${scope}|${word}`) ?? new Map();
  const key = `${scope}|${word}`;
  const memo = index.memo.get(key);
  if (memo !== undefined) {
    index.memo.delete(key); // refresh its place in the LRU order
    index.memo.set(key, memo);
    return memo;
  }
  const hits = new Map<string, Hit>();
  // Collect through `filter` and keep nothing: MiniSearch then skips sorting thousands of results we re-rank anyway.
  const collect = (r: SearchResult): boolean => {
    hits.set(String(r.id), { score: r.score, kinds: kindsOf(r) });
    return false;
  };
  index.engine.search(wordQuery(word, scope), { filter: collect });
  index.memo.set(key, hits);
  if (index.memo.size > MEMO_SIZE) {
    const oldest = index.memo.keys().next().value;
    if (oldest !== undefined) index.memo.delete(oldest);
  }
  return hits;
}

/** AND: documents in every list (scores summed); OR: documents in any list. */
function combine(lists: readonly WordHits[], mode: 'AND' | 'OR'): Map<string, Hit> {
  const out = new Map<string, Hit>();
  if (mode === 'AND') {
    const [smallest, ...rest] = [...lists].sort((a, b) => a.size - b.size);
    if (smallest === undefined) return out;
    for (const [id, hit] of smallest) {
      let score = hit.score;
      let kinds = hit.kinds;
      let all = true;
      for (const other of rest) {
        const h = other.get(id);
        if (h === undefined) {
          all = false;
          break;
        }
        score += h.score;
        kinds |= h.kinds;
      }
      if (all) out.set(id, { score, kinds });
    }
  } else {
    for (const list of lists) {
      for (const [id, hit] of list) {
        const prev = out.get(id);
        out.set(id, prev === undefined ? { ...hit } : { score: prev.score + hit.score, kinds: prev.kinds | hit.kinds });
      }
    }
  }
  return out;
}

const bestKind = (kinds: number): MatchedField => FIELDS.find((_, i) => kinds & (1 << i)) ?? 'story';

/** The `limit` best hits, score descending, ties in input order; no full sort of large result sets. */
function top(index: SearchIndex, hits: ReadonlyMap<string, Hit>, limit: number): SearchHit[] {
  const before = (a: [string, Hit], b: [string, Hit]) =>
    b[1].score - a[1].score || (index.order.get(a[0]) ?? 0) - (index.order.get(b[0]) ?? 0);
  const best: [string, Hit][] = [];
  for (const entry of hits) {
    if (best.length === limit) {
      if (before(entry, best[limit - 1]!) >= 0) continue;
      best.pop();
    }
    let i = best.length;
    while (i > 0 && before(entry, best[i - 1]!) < 0) i--;
    best.splice(i, 0, entry);
  }
  return best.map(([id, hit]) => ({ id, score: hit.score, matchedField: bestKind(hit.kinds) }));
}

function run(index: SearchIndex, query: string, scope: Scope, limit: number, orFallback: boolean): SearchHit[] {
  const words = tokenizeVi(query);
  if (words.length === 0 || limit <= 0) return [];
  const lists = words.map((w, i) => wordHits(index, w, i === words.length - 1, scope));
  let hits = combine(lists, 'AND');
  if (hits.size === 0 && orFallback && words.length > 1) hits = combine(lists, 'OR');
  return top(index, hits, limit);
}

/** Ranked hits, best first; an empty or punctuation-only query gives []. */
export function search(index: SearchIndex, query: string, opts: SearchOpts = {}): SearchHit[] {
  return run(index, query, 'all', opts.limit ?? 20, true);
}

/** Keyboard suggestions: sites whose name or alias matches every word typed so far, with display names. */
export function suggest(index: SearchIndex, query: string, opts: SearchOpts = {}): Suggestion[] {
  return run(index, query, 'suggest', opts.limit ?? 8, false).flatMap(({ id, matchedField }) => {
    const name = index.names.get(id);
    return name === undefined ? [] : [{ id, name, matchedField }];
  });
}
