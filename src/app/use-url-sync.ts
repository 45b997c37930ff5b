import { useEffect, useRef, type Dispatch } from 'react';
import { parseUrlState, serializeUrlState } from '../domain/url/app-url.ts';
import type { AppAction, AppState } from './store.ts';

/**
 * Keep the address bar and the state in step, one way each: state → URL (a new history entry when the selected
 * site changes, so back and forward move between sites; a replaced entry otherwise), and URL → state on popstate.
 */
export function useUrlSync(state: AppState, dispatch: Dispatch<AppAction>): void {
  const lastSite = useRef(state.selectedId);

  useEffect(() => {
    const next = serializeUrlState(
      { site: state.selectedId, lang: state.lang === 'vi' ? null : state.lang },
      window.location.search,
    );
    if (next !== window.location.search) {
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      if (lastSite.current !== state.selectedId) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    lastSite.current = state.selectedId;
  }, [state.selectedId, state.lang]);

  useEffect(() => {
    const onPop = () => {
      const url = parseUrlState(window.location.search);
      lastSite.current = url.site;
      dispatch({ type: 'applyUrl', url });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);
}
