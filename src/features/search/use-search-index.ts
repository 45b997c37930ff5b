import { useEffect, useMemo, useState } from 'react';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { SearchIndex } from '../../domain/explore/search-index.ts';
import { loadSearchText } from '../../content/load-search-text.ts';

type SearchModule = typeof import('../../domain/explore/search-index.ts');

/** The index and the function that queries it, both from the search module, loaded on first use. */
export interface LoadedSearch {
  index: SearchIndex;
  search: SearchModule['search'];
}

let pending: Promise<SearchModule> | null = null;
/** The search code (MiniSearch and our ranking, ~8 KB gzip) is not part of the first load: fetched on first focus. */
function loadSearchModule(): Promise<SearchModule> {
  pending ??= import('../../domain/explore/search-index.ts').catch((e: unknown) => {
    pending = null; // a failed chunk (offline after an update): try again on the next focus
    throw e;
  });
  return pending;
}

/**
 * The search index: built over names, aliases, places and summaries when the user first focuses the search box
 * (`wanted`), then rebuilt with the story text once that has loaded, so start-up stays light.
 */
export function useSearchIndex(sites: readonly SiteFeature[], wanted: boolean): LoadedSearch | null {
  const [mod, setMod] = useState<SearchModule | null>(null);
  useEffect(() => {
    if (!wanted || mod !== null) return;
    let live = true;
    loadSearchModule().then(
      (m) => {
        if (live) setMod(m);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, mod]);
  const base = useMemo(() => (mod ? { index: mod.buildSearchIndex(sites), search: mod.search } : null), [mod, sites]);
  const [full, setFull] = useState<{ sites: readonly SiteFeature[]; loaded: LoadedSearch } | null>(null);
  useEffect(() => {
    if (!mod) return;
    let live = true;
    void loadSearchText().then((text) => {
      if (live) setFull({ sites, loaded: { index: mod.buildSearchIndex(sites, text), search: mod.search } });
    });
    return () => {
      live = false;
    };
  }, [sites, mod]);
  return full?.sites === sites ? full.loaded : base;
}
