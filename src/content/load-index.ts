import { useEffect, useState } from 'react';
import { ContentIndexSchema, type ContentIndex } from '../domain/content-index.ts';
import { loadContentJson } from './load-json.ts';

/** Until index.json has loaded (and if it never does): no stories offered. Compare by reference to tell. */
export const EMPTY_CONTENT_INDEX: ContentIndex = { stories: {}, storyModes: [] };
const EMPTY = EMPTY_CONTENT_INDEX;

/** Which stories and guided narratives exist (a small file); without it the app simply offers none. */
export function useContentIndex(): ContentIndex {
  const [index, setIndex] = useState<ContentIndex>(EMPTY);
  useEffect(() => {
    let live = true;
    void loadContentJson('content/index.json', ContentIndexSchema).then((r) => {
      if (live && r.ok) setIndex(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  return index;
}
