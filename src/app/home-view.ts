/** The opening view: the province, with the ATK Định Hóa area (north-west) in view. */
export const HOME_VIEW = { longitude: 105.72, latitude: 21.72, zoom: 8.6 } as const;
