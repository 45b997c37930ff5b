import type { SiteLayerTheme } from './site-layers.ts';
import { SITE_FONT } from './site-font.ts';

/** The red-address layers' colours and sizes per basemap theme (the kiosk's are larger and starker). */
export type ThemeName = 'default' | 'kiosk';

export const SITE_THEMES: Record<ThemeName, SiteLayerTheme> = {
  default: {
    font: SITE_FONT,
    labelColor: '#3b1d14',
    labelHalo: '#fffaf2',
    clusterFill: '#b3001b',
    clusterText: '#ffffff',
    clusterStroke: '#ffffff',
    selectedRing: '#1a1a1a',
    scale: 1,
  },
  kiosk: {
    font: SITE_FONT,
    labelColor: '#000000',
    labelHalo: '#ffffff',
    clusterFill: '#9b0000',
    clusterText: '#ffffff',
    clusterStroke: '#000000',
    selectedRing: '#000000',
    scale: 1.35,
  },
};
