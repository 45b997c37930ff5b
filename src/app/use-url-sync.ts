import { useEffect, useRef, type Dispatch } from 'react';
import { parseUrlState, serializeUrlState } from '../domain/url/app-url.ts';
import type { AppAction, AppState } from './store.ts';

/**
 * Keep the address bar and the state in step, one way each: state → URL (a new history entry when the selected
 * site or story chapter changes, so back and forward move between them; a replaced entry otherwise), and
 * URL → state on popstate.
 */
export function useUrlSync(state: AppState, dispatch: Dispatch<AppAction>): void {
  const lastNav = useRef(navKey(state));

  useEffect(() => {
    const next = serializeUrlState(
      // from=qr is read once at start (the passport stamp) and not kept: a later site must not look scanned.
      { site: state.selectedId, lang: state.lang === 'vi' ? null : state.lang, filters: state.filters, story: state.story, from: null },
      window.location.search,
    );
    if (next !== window.location.search) {
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      if (lastNav.current !== navKey(state)) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    lastNav.current = navKey(state);
  }, [state]);

  useEffect(() => {
    const onPop = () => {
      const url = parseUrlState(window.location.search);
      lastNav.current = navKey({ selectedId: url.site, story: url.story });
      dispatch({ type: 'applyUrl', url });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);
}

function navKey(s: Pick<AppState, 'selectedId' | 'story'>): string {
  return `${s.selectedId ?? ''}|${s.story ? `${s.story.id}:${s.story.chapter}` : ''}`;
}
