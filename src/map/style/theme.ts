// The colours and sizes of the basemap. A theme is plain data; `layers(theme, lang)` turns it into a style.
export interface Theme {
  name: string;
  land: string;
  /** neighbouring countries, a shade off the land so that Vietnam reads as the subject */
  foreignLand: string;
  water: string;
  waterLine: string;
  landuse: { forest: string; farm: string; residential: string; industrial: string; park: string; other: string };
  hillshade: { shadow: string; highlight: string; accent: string; exaggeration: number };
  contour: string;
  boundary: { country: string; province: string; district: string };
  road: { national: string; nationalCasing: string; minor: string; minorCasing: string };
  rail: string;
  label: { text: string; halo: string; water: string; admin: string; road: string; poi: string };
  /** multiplies label sizes and line widths (the kiosk is read from further away) */
  scale: number;
}

/** Calm and warm: pale paper land, muted blue water, thin grey-brown lines, so red site symbols stand out. */
export const defaultTheme: Theme = {
  name: 'default',
  land: '#f4efe4',
  foreignLand: '#ebe6dc',
  water: '#bcd3d9',
  waterLine: '#93b6c2',
  landuse: {
    forest: '#dfe5cc',
    farm: '#efe8d3',
    residential: '#ece4d7',
    industrial: '#e6e0d9',
    park: '#dce6c9',
    other: '#ebe5d8',
  },
  hillshade: { shadow: '#5a4c3b', highlight: '#fffdf6', accent: '#6b5b47', exaggeration: 0.35 },
  contour: '#b9a58a',
  boundary: { country: '#8c7d6c', province: '#a08f7b', district: '#b8a994' },
  road: { national: '#f6e3b0', nationalCasing: '#c4a872', minor: '#ffffff', minorCasing: '#cbbda6' },
  rail: '#8f8579',
  label: { text: '#4a4036', halo: '#f8f4ec', water: '#48707e', admin: '#7a6a58', road: '#6a5434', poi: '#5e5345' },
  scale: 1,
};

/** High contrast for the kiosk: white land, black lines and text, larger labels. Red stays reserved for sites. */
export const kioskTheme: Theme = {
  name: 'kiosk',
  land: '#ffffff',
  foreignLand: '#e6e6e6',
  water: '#8fc1e3',
  waterLine: '#1f5f8b',
  landuse: {
    forest: '#e3eed8',
    farm: '#f7f3e6',
    residential: '#eeeeee',
    industrial: '#e4e4e4',
    park: '#d9ecc8',
    other: '#f2f2f2',
  },
  hillshade: { shadow: '#000000', highlight: '#ffffff', accent: '#000000', exaggeration: 0.45 },
  contour: '#8a7a66',
  boundary: { country: '#000000', province: '#1a1a1a', district: '#4d4d4d' },
  road: { national: '#ffd24d', nationalCasing: '#000000', minor: '#ffffff', minorCasing: '#4d4d4d' },
  rail: '#000000',
  label: { text: '#000000', halo: '#ffffff', water: '#0b3d5c', admin: '#1a1a1a', road: '#000000', poi: '#000000' },
  scale: 1.3,
};

export const themes: Readonly<Record<'default' | 'kiosk', Theme>> = { default: defaultTheme, kiosk: kioskTheme };
