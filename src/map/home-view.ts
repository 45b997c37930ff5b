/**
 * The opening view: every located site of the province (from the ATK area in the north-west to Võ Nhai in the
 * east), fitted to the screen, so phones and kiosks both open on the whole set with ATK Định Hóa in view.
 */
export const HOME_BOUNDS: [[number, number], [number, number]] = [
  [105.47, 21.55],
  [106.14, 21.94],
];
export const HOME_VIEW = { bounds: HOME_BOUNDS, fitBoundsOptions: { padding: 24 } } as const;
