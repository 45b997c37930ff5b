import type { Lang } from '../domain/schema/common.ts';
import type { UrlState } from '../domain/url/app-url.ts';

export type MobileView = 'map' | 'list';
export type SortKey = 'name' | 'district';

/** UI state that is not content. Content (sites) is loaded once and passed down; everything else derives. */
export interface AppState {
  selectedId: string | null;
  lang: Lang;
  view: MobileView;
  sort: SortKey;
}

export type AppAction =
  | { type: 'select'; id: string }
  | { type: 'close' }
  | { type: 'setLang'; lang: Lang }
  | { type: 'setView'; view: MobileView }
  | { type: 'setSort'; sort: SortKey }
  | { type: 'applyUrl'; url: UrlState };

export function initialState(url: UrlState): AppState {
  return { selectedId: url.site, lang: url.lang ?? 'vi', view: 'map', sort: 'name' };
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
    case 'applyUrl':
      return { ...state, selectedId: action.url.site, lang: action.url.lang ?? 'vi' };
  }
}
