import { useEffect, useRef, type Dispatch } from 'react';
import { parseUrlState, serializeUrlState } from '../domain/url/app-url.ts';
import { parsePlannerUrl, withPlannerOpen, withPlanParam } from '../domain/url/planner-url.ts';
import type { LinkedView } from '../domain/url/resolve-url.ts';
import type { AppAction, AppState } from './store.ts';

/** Marks the entry pushed over a link that opened the planner at load (so a reload does not push another). */
const OVER_LINK = 'red-address-map:planner-over-link';

/**
 * Pure: the address for this state, every key other features own (mode, kiosk settings) kept as it is: the plan and
 * its date, then site, language, filters and story (what is shown, see resolveView), then the planner's open state.
 */
export function addressOf(state: AppState, shown: LinkedView, search: string): string {
  const withPlan = withPlanParam(search, state.plan.plan, state.plan.date);
  const next = serializeUrlState(
    // from=qr is read once at start (the passport stamp) and not kept: a later site must not look scanned.
    { site: shown.selectedId, lang: state.lang === 'vi' ? null : state.lang, filters: shown.filters, story: shown.story, from: null },
    withPlan,
  );
  return withPlannerOpen(next, state.plan.open);
}

/**
 * The app's one URL writer. Keeps the address bar and the store in step, one way each: state → URL (a new history
 * entry when the selected site, the story chapter or the planner's open state changes, so back and forward move
 * between them; a replaced entry otherwise, e.g. for the plan), and URL → state on popstate. The plan is not part
 * of history: after Back or Forward the current plan is put back into the address.
 *
 * A page that opens with the planner open (a shared plan link) gets an entry under it: the same address with the
 * planner closed. Back then closes the planner over the map instead of leaving the app.
 *
 * Whether a change is a step in the history is decided on the state itself, so dropping a linked site the content
 * does not have (`shown`, see resolveView) replaces the entry instead of adding one.
 */
export function useUrlSync(state: AppState, shown: LinkedView, dispatch: Dispatch<AppAction>): void {
  const lastNav = useRef(navKey(state));
  const first = useRef(true);
  const current = useRef({ state, shown });
  useEffect(() => {
    current.current = { state, shown };
  }, [state, shown]);

  useEffect(() => {
    const next = addressOf(state, shown, window.location.search);
    const open = state.plan.open;
    const url = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;
    const overLink = (window.history.state as Record<string, unknown> | null)?.[OVER_LINK] === true;
    if (first.current && open && !overLink) {
      window.history.replaceState(window.history.state, '', url(withPlannerOpen(next, false)));
      window.history.pushState({ [OVER_LINK]: true }, '', url(next));
    } else if (next !== window.location.search) {
      if (lastNav.current !== navKey(state)) window.history.pushState(null, '', url(next));
      else window.history.replaceState(window.history.state, '', url(next));
    }
    first.current = false;
    lastNav.current = navKey(state);
  }, [state, shown]);

  useEffect(() => {
    const onPop = () => {
      const search = window.location.search;
      const url = parseUrlState(search);
      const plannerOpen = parsePlannerUrl(search).open;
      lastNav.current = navKey({ selectedId: url.site, story: url.story, plan: { open: plannerOpen } });
      // The plan is not part of history: the entry gets the current one back at once (the writer follows the rest).
      const { plan, date } = current.current.state.plan;
      const withPlan = withPlanParam(search, plan, date);
      if (withPlan !== search) {
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${withPlan}${window.location.hash}`);
      }
      dispatch({ type: 'applyUrl', url, plannerOpen });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);
}

function navKey(s: Pick<AppState, 'selectedId' | 'story'> & { plan: Pick<AppState['plan'], 'open'> }): string {
  return `${s.selectedId ?? ''}|${s.story ? `${s.story.id}:${s.story.chapter}` : ''}|${s.plan.open ? 'planner' : ''}`;
}
