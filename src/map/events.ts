/** Fired on window when the map's first view is drawn and idle; background work (the offline precache) waits for it. */
export const FIRST_VIEW_EVENT = 'redmap:first-view';
