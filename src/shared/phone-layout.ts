/** The phone layout's breakpoint: below it panels are bottom sheets over the map (the CSS uses the same width). */
export const PHONE_LAYOUT_QUERY = '(max-width: 760px)';

/** True when the screen is laid out for a phone now (read at the moment of a decision, not subscribed to). */
export function isPhoneLayout(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(PHONE_LAYOUT_QUERY).matches;
}
