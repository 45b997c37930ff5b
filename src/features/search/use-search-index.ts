import { useEffect, useState } from 'react';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { buildSearchIndex, type SearchIndex } from '../../domain/explore/search-index.ts';
import { loadSearchText } from '../../content/load-search-text.ts';

/**
 * The search index: built at once over names, aliases, places and summaries, then rebuilt with the story text
 * when the user first focuses the search box (`wanted`), so start-up stays light.
 */
export function useSearchIndex(sites: readonly SiteFeature[], wanted: boolean): SearchIndex | null {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    setIndex((current) => current ?? buildSearchIndex(sites));
    void loadSearchText().then((text) => {
      if (live) setIndex(buildSearchIndex(sites, text));
    });
    return () => {
      live = false;
    };
  }, [sites, wanted]);
  return index;
}
