import { SearchTextSchema, type SearchText } from '../domain/content-index.ts';
import { loadContentJson } from './load-json.ts';

let pending: Promise<SearchText> | null = null;

/** Story text for the search index, fetched once on first search; without it search still covers names and places. */
export function loadSearchText(): Promise<SearchText> {
  pending ??= loadContentJson('content/search-text.json', SearchTextSchema).then((r) => (r.ok ? r.value : {}));
  return pending;
}
