/** Fired on window to open the passport view from anywhere (the quiz's "open the passport"). */
export const OPEN_PASSPORT_EVENT = 'red-address:open-passport';
