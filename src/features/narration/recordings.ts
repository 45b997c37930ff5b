import { useEffect, useState } from 'react';
import type { Lang } from '../../domain/schema/common.ts';
import { AudioListSchema, type AudioList, type Recording } from '../../domain/media/audio.ts';
import { loadContentJson } from '../../content/load-json.ts';

export const AUDIO_LIST_PATH = 'content/audio.json';

let list: Promise<AudioList> | null = null;

/** content/audio.json, once per page (precached with the content); unreadable or missing: no recordings. */
export function loadRecordings(): Promise<AudioList> {
  list ??= loadContentJson(AUDIO_LIST_PATH, AudioListSchema).then((r) => (r.ok ? r.value : {}));
  return list;
}

/** For tests: forget the loaded list. */
export function forgetRecordings(): void {
  list = null;
}

/** The recording of this site's story in this language: undefined while the list loads, null when there is none. */
export function useRecording(siteId: string, lang: Lang): Recording | null | undefined {
  const [state, setState] = useState<{ list: AudioList } | null>(null);
  useEffect(() => {
    let live = true;
    void loadRecordings().then((l) => {
      if (live) setState({ list: l });
    });
    return () => {
      live = false;
    };
  }, []);
  if (state === null) return undefined;
  return state.list[siteId]?.[lang] ?? null;
}
