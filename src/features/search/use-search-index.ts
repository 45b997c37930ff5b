import { useEffect, useMemo, useState } from 'react';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { buildSearchIndex, type SearchIndex } from '../../domain/explore/search-index.ts';
import { loadSearchText } from '../../content/load-search-text.ts';

/**
 * The search index: built over names, aliases, places and summaries when the user first focuses the search box
 * (`wanted`), then rebuilt with the story text once that has loaded, so start-up stays light.
 */
export function useSearchIndex(sites: readonly SiteFeature[], wanted: boolean): SearchIndex | null {
  const base = useMemo(() => (wanted ? buildSearchIndex(sites) : null), [sites, wanted]);
  const [full, setFull] = useState<{ sites: readonly SiteFeature[]; index: SearchIndex } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadSearchText().then((text) => {
      if (live) setFull({ sites, index: buildSearchIndex(sites, text) });
    });
    return () => {
      live = false;
    };
  }, [sites, wanted]);
  return full?.sites === sites ? full.index : base;
}
