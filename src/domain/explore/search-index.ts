/**
 * Full-text search over the sites, typed the Vietnamese way (see normalize.ts):
 * names and aliases first, then places (old and new commune, district), then summary and story text.
 */
import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import type { LocalizedText } from '../schema/common.ts';
import type { SiteFeature } from '../schema/site.ts';
import { normalizeVi, tokenizeVi } from './normalize.ts';

/** Where a hit came from, coarsest first-class reason, for "found in the story" hints in the UI. */
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

export interface SearchIndex {
  readonly size: number;
  /** @internal the MiniSearch engine; use search()/suggest(). */
  readonly engine: MiniSearch<IndexedDoc>;
  /** @internal display names, for suggest(). */
  readonly names: ReadonlyMap<string, LocalizedText>;
}

interface IndexedDoc {
  id: string;
  nameVi: string;
  nameEn: string;
  aliases: string;
  commune: string;
  communeAfter2025: string;
  district: string;
  summaryVi: string;
  summaryEn: string;
  storyVi: string;
  storyEn: string;
}
type Field = Exclude<keyof IndexedDoc, 'id'>;

const FIELD_KIND = {
  nameVi: 'name',
  nameEn: 'name',
  aliases: 'alias',
  commune: 'place',
  communeAfter2025: 'place',
  district: 'place',
  summaryVi: 'summary',
  summaryEn: 'summary',
  storyVi: 'story',
  storyEn: 'story',
} as const satisfies Record<Field, MatchedField>;

const FIELDS = Object.keys(FIELD_KIND) as Field[];

/** Relative weights: a name hit beats an alias hit beats a place hit beats summary beats story. */
export const FIELD_BOOST: Readonly<Record<Field, number>> = {
  nameVi: 10,
  nameEn: 8,
  aliases: 8,
  commune: 3,
  communeAfter2025: 3,
  district: 2,
  summaryVi: 1.2,
  summaryEn: 1,
  storyVi: 0.4,
  storyEn: 0.3,
};

const KIND_ORDER: readonly MatchedField[] = ['name', 'alias', 'place', 'summary', 'story'];
/** Short, distinctive fields: the word being typed is prefix-matched here from its first letter. */
const KEY_FIELDS: Field[] = ['nameVi', 'nameEn', 'aliases', 'commune', 'communeAfter2025', 'district'];
/** Long prose: common syllables (nơi, năm, của…) hit almost every site, so prefixes start at 3 letters. */
const TEXT_FIELDS: Field[] = ['summaryVi', 'summaryEn', 'storyVi', 'storyEn'];
const SUGGEST_FIELDS: Field[] = ['nameVi', 'nameEn', 'aliases'];
const TEXT_PREFIX_MIN = 3;
const FUZZY_MIN = 5;

/** Words are runs of letters, digits and combining marks; processTerm then folds them. */
const WORD_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;
const tokenize = (text: string): string[] => text.split(WORD_SPLIT);
const processTerm = (term: string): string | null => normalizeVi(term) || null;

const BASE_OPTIONS: SearchOptions = {
  boost: FIELD_BOOST,
  weights: { prefix: 0.5, fuzzy: 0.3 },
};

/**
 * One query word: prefix-matched only if it is the last word (the one being typed), one edit of
 * fuzziness only for words of 5+ letters (Vietnamese syllables are short, fuzz on them is noise).
 */
function wordQuery(word: string, isLast: boolean, fields: readonly Field[]): Query {
  const fuzzy = word.length >= FUZZY_MIN ? 1 : false;
  const key = fields.filter((f) => KEY_FIELDS.includes(f));
  const text = fields.filter((f) => TEXT_FIELDS.includes(f));
  const parts: Query[] = [];
  if (key.length > 0) parts.push({ queries: [word], fields: key, prefix: isLast, fuzzy });
  if (text.length > 0) parts.push({ queries: [word], fields: text, prefix: isLast && word.length >= TEXT_PREFIX_MIN, fuzzy });
  return { combineWith: 'OR', queries: parts };
}

function buildQuery(words: readonly string[], fields: readonly Field[], combineWith: 'AND' | 'OR'): Query {
  const last = words.length - 1;
  return { combineWith, queries: words.map((w, i) => wordQuery(w, i === last, fields)) };
}

/** Markdown link targets and images say nothing a reader would search for. */
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
    nameVi: p.name.vi,
    nameEn: p.name.en,
    aliases: p.aliases.join(' · '),
    commune: p.place.commune,
    communeAfter2025: p.place.communeAfter2025,
    district: p.place.district,
    summaryVi: p.summary.vi,
    summaryEn: p.summary.en,
    storyVi: storyPlainText(story?.vi),
    storyEn: storyPlainText(story?.en),
  };
}

export function buildSearchIndex(sites: readonly SiteFeature[], stories?: StoryTexts): SearchIndex {
  const engine = new MiniSearch<IndexedDoc>({
    fields: FIELDS,
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: BASE_OPTIONS,
  });
  const names = new Map<string, LocalizedText>();
  const docs: IndexedDoc[] = [];
  for (const site of sites) {
    if (names.has(site.id)) continue; // duplicate ids are a data error reported elsewhere; index the first
    names.set(site.id, site.properties.name);
    docs.push(toDoc(site, storyOf(stories, site.id)));
  }
  engine.addAll(docs);
  return { size: docs.length, engine, names };
}

function matchedFieldOf(result: SearchResult): MatchedField {
  let best = KIND_ORDER.length - 1;
  for (const fields of Object.values(result.match)) {
    for (const field of fields as string[]) {
      const kind = FIELD_KIND[field as Field];
      const rank = KIND_ORDER.indexOf(kind);
      if (rank >= 0 && rank < best) best = rank;
    }
  }
  return KIND_ORDER[best] ?? 'story';
}

/** All query words must match (AND); if nothing does, fall back to any word (OR) so a typo never empties the list. */
function run(index: SearchIndex, query: string, fields: readonly Field[], orFallback: boolean): SearchResult[] {
  const words = tokenizeVi(query);
  if (words.length === 0) return [];
  const all = index.engine.search(buildQuery(words, fields, 'AND'));
  return all.length > 0 || !orFallback || words.length === 1 ? all : index.engine.search(buildQuery(words, fields, 'OR'));
}

export interface SearchOpts {
  /** Maximum number of hits (default 20). */
  limit?: number;
}

/** Ranked hits, best first; an empty or punctuation-only query gives []. */
export function search(index: SearchIndex, query: string, opts: SearchOpts = {}): SearchHit[] {
  const limit = opts.limit ?? 20;
  if (limit <= 0) return [];
  return run(index, query, FIELDS, true)
    .slice(0, limit)
    .map((r) => ({ id: String(r.id), score: r.score, matchedField: matchedFieldOf(r) }));
}

/** Keyboard suggestions: sites whose name or alias matches every word typed so far (no OR fallback), with display names. */
export function suggest(index: SearchIndex, query: string, opts: SearchOpts = {}): Suggestion[] {
  const limit = opts.limit ?? 8;
  if (limit <= 0) return [];
  const out: Suggestion[] = [];
  for (const r of run(index, query, SUGGEST_FIELDS, false)) {
    const id = String(r.id);
    const name = index.names.get(id);
    if (name === undefined) continue;
    out.push({ id, name, matchedField: matchedFieldOf(r) });
    if (out.length >= limit) break;
  }
  return out;
}
