import { useEffect, useState } from 'react';
import { ContentIndexSchema, type ContentIndex } from '../domain/content-index.ts';
import { loadContentJson } from './load-json.ts';

/** Until index.json has loaded (and if it never does): no stories offered. Compare by reference to tell. */
export const EMPTY_CONTENT_INDEX: ContentIndex = { stories: {}, storyModes: [] };
const EMPTY = EMPTY_CONTENT_INDEX;

let loading: Promise<ContentIndex> | null = null;
let loaded: ContentIndex | null = null;

/**
 * Start (once) loading the index. The app waits for it with the sites, so its first screen already has the header's
 * story button (the pre-rendered home page draws it too: nothing pops in after the takeover).
 */
export function loadContentIndex(): Promise<ContentIndex> {
  const failed = (): ContentIndex => {
    loading = null; // a later mount tries again
    return EMPTY;
  };
  loading ??= loadContentJson('content/index.json', ContentIndexSchema).then((r) => {
    if (!r.ok) return failed();
    loaded = r.value;
    return r.value;
  }, failed);
  return loading;
}

/** Which stories and guided narratives exist (a small file); without it the app simply offers none. */
export function useContentIndex(): ContentIndex {
  const [index, setIndex] = useState<ContentIndex>(() => loaded ?? EMPTY);
  useEffect(() => {
    let live = true;
    void loadContentIndex().then((value) => {
      if (live && value !== EMPTY) setIndex(value);
    });
    return () => {
      live = false;
    };
  }, []);
  return index;
}
