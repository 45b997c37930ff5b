import type { Lang } from '../domain/schema/common.ts';
import type { UrlState } from '../domain/url/app-url.ts';
import type { FilterState } from '../domain/explore/filters.ts';
import { homePlanState, planReducer, type PlanAction, type PlanState } from '../features/planner/plan-state.ts';

export type MobileView = 'map' | 'list';
export type SortKey = 'name' | 'district' | 'distance';

/**
 * UI state that is not content, in one reducer. Content (sites, stories) is loaded once and passed down; everything
 * the UI shows is derived from content + this state by pure functions (resolveView drops what the content lacks).
 * The plan is a typed slice (src/features/planner/plan-state.ts); the kiosk's idle timers stay in their machine.
 */
export interface AppState {
  selectedId: string | null;
  lang: Lang;
  view: MobileView;
  sort: SortKey;
  filters: FilterState;
  /** The guided narrative being read, if any, and its chapter. */
  story: { id: string; chapter: number } | null;
  /** The teacher's plan and the planner around it. */
  plan: PlanState;
  /** Kiosk resets so far: a reset keeps (and counts) it, so what keeps things outside the store can forget them. */
  resets: number;
}

export type AppAction =
  | { type: 'select'; id: string }
  | { type: 'close' }
  | { type: 'setLang'; lang: Lang }
  | { type: 'setView'; view: MobileView }
  | { type: 'setSort'; sort: SortKey }
  | { type: 'setFilters'; filters: FilterState }
  | { type: 'openStory'; id: string; chapter?: number }
  | { type: 'setChapter'; chapter: number }
  | { type: 'closeStory' }
  /** Back or forward: the address's state, and whether the planner is open there (the plan is not history). */
  | { type: 'applyUrl'; url: UrlState; plannerOpen?: boolean }
  | { type: 'plan'; action: PlanAction }
  | { type: 'reset'; url: UrlState };

export function initialState(url: UrlState, plan: PlanState = homePlanState()): AppState {
  return {
    selectedId: url.site,
    lang: url.lang ?? 'vi',
    view: 'map',
    sort: 'name',
    filters: url.filters,
    story: url.story,
    plan,
    resets: 0,
  };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'select':
      return state.selectedId === action.id ? state : { ...state, selectedId: action.id };
    case 'close':
      return state.selectedId === null ? state : { ...state, selectedId: null };
    case 'setLang':
      return { ...state, lang: action.lang };
    case 'setView':
      return { ...state, view: action.view };
    case 'setSort':
      return { ...state, sort: action.sort };
    case 'setFilters':
      return { ...state, filters: action.filters };
    case 'openStory':
      return { ...state, story: { id: action.id, chapter: action.chapter ?? 0 } };
    case 'setChapter':
      return state.story ? { ...state, story: { ...state.story, chapter: action.chapter } } : state;
    case 'closeStory':
      return { ...state, story: null };
    case 'applyUrl': {
      const plan = action.plannerOpen === undefined ? state.plan : planReducer(state.plan, { type: 'setOpen', open: action.plannerOpen });
      return { ...state, selectedId: action.url.site, lang: action.url.lang ?? 'vi', filters: action.url.filters, story: action.url.story, plan };
    }
    case 'plan': {
      const plan = planReducer(state.plan, action.action);
      return plan === state.plan ? state : { ...state, plan };
    }
    case 'reset':
      // The home state for the next visitor: nothing of this visitor's selection, filters, story, language or plan.
      return { ...initialState(action.url), resets: state.resets + 1 };
  }
}

