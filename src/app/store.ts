import type { Lang } from '../domain/schema/common.ts';
import type { UrlState } from '../domain/url/app-url.ts';
import type { FilterState } from '../domain/explore/filters.ts';

export type MobileView = 'map' | 'list';
export type SortKey = 'name' | 'district' | 'distance';

/**
 * UI state that is not content. Content (sites, stories) is loaded once and passed down; everything the UI
 * shows is derived from content + this state by pure functions. Plans and kiosk timers own their own hooks.
 */
export interface AppState {
  selectedId: string | null;
  lang: Lang;
  view: MobileView;
  sort: SortKey;
  filters: FilterState;
  /** The guided narrative being read, if any, and its chapter. */
  story: { id: string; chapter: number } | null;
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
  | { type: 'applyUrl'; url: UrlState }
  | { type: 'reset'; url: UrlState };

export function initialState(url: UrlState): AppState {
  return {
    selectedId: url.site,
    lang: url.lang ?? 'vi',
    view: 'map',
    sort: 'name',
    filters: url.filters,
    story: url.story,
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
    case 'applyUrl':
      return { ...state, selectedId: action.url.site, lang: action.url.lang ?? 'vi', filters: action.url.filters, story: action.url.story };
    case 'reset':
      return initialState(action.url);
  }
}

