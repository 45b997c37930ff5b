import { useEffect, useRef, type Dispatch } from 'react';
import { parseUrlState, serializeUrlState } from '../domain/url/app-url.ts';
import { parsePlannerUrl, withPlannerOpen } from '../domain/url/planner-url.ts';
import type { LinkedView } from '../domain/url/resolve-url.ts';
import type { AppAction, AppState } from './store.ts';

/** The planner's open state (owned by usePlan): opening and closing it are steps in the history too. */
export interface PlannerHistory {
  open: boolean;
  setOpen: (open: boolean) => void;
}

/** Marks the entry pushed over a link that opened the planner at load (so a reload does not push another). */
const OVER_LINK = 'red-address-map:planner-over-link';

/**
 * Keep the address bar and the state in step, one way each: state → URL (a new history entry when the selected
 * site, the story chapter or the planner's open state changes, so back and forward move between them; a replaced
 * entry otherwise), and URL → state on popstate.
 *
 * A page that opens with the planner open (a shared plan link) gets an entry under it: the same address with the
 * planner closed. Back then closes the planner over the map instead of leaving the app.
 *
 * The address says what is shown (`shown`: the state without what the content does not have, see resolveView);
 * whether a change is a step in the history is decided on the state itself, so dropping a linked site the content
 * does not have replaces the entry instead of adding one.
 */
export function useUrlSync(state: AppState, shown: LinkedView, dispatch: Dispatch<AppAction>, planner?: PlannerHistory): void {
  const open = planner?.open ?? false;
  const lastNav = useRef(navKey(state, open));
  const first = useRef(true);
  const setOpen = useRef(planner?.setOpen);
  const plannerSetOpen = planner?.setOpen;
  useEffect(() => {
    setOpen.current = plannerSetOpen;
  }, [plannerSetOpen]);

  useEffect(() => {
    let next = serializeUrlState(
      // from=qr is read once at start (the passport stamp) and not kept: a later site must not look scanned.
      { site: shown.selectedId, lang: state.lang === 'vi' ? null : state.lang, filters: shown.filters, story: shown.story, from: null },
      window.location.search,
    );
    if (planner !== undefined) next = withPlannerOpen(next, open);
    const url = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;
    const overLink = (window.history.state as Record<string, unknown> | null)?.[OVER_LINK] === true;
    if (first.current && open && !overLink) {
      window.history.replaceState(window.history.state, '', url(withPlannerOpen(next, false)));
      window.history.pushState({ [OVER_LINK]: true }, '', url(next));
    } else if (next !== window.location.search) {
      if (lastNav.current !== navKey(state, open)) window.history.pushState(null, '', url(next));
      else window.history.replaceState(window.history.state, '', url(next));
    }
    first.current = false;
    lastNav.current = navKey(state, open);
    // planner: only its open state matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, shown, open]);

  useEffect(() => {
    const onPop = () => {
      const url = parseUrlState(window.location.search);
      const plannerOpen = parsePlannerUrl(window.location.search).open;
      lastNav.current = navKey({ selectedId: url.site, story: url.story }, setOpen.current === undefined ? false : plannerOpen);
      dispatch({ type: 'applyUrl', url });
      setOpen.current?.(plannerOpen);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);
}

function navKey(s: Pick<AppState, 'selectedId' | 'story'>, plannerOpen: boolean): string {
  return `${s.selectedId ?? ''}|${s.story ? `${s.story.id}:${s.story.chapter}` : ''}|${plannerOpen ? 'planner' : ''}`;
}
