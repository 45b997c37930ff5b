import { useMemo } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/schema/common.ts';
import type { SiteLayerTheme } from '../map/site-layers.ts';
import { provisionalStyle, SITE_FONT } from '../map/provisional-style.ts';

export type ThemeName = 'default' | 'kiosk';

const SITE_THEMES: Record<ThemeName, SiteLayerTheme> = {
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

/** The basemap style and the theme of the site layers for the current language and theme. */
export function useMapStyle(_lang: Lang, theme: ThemeName): { style: StyleSpecification; siteTheme: SiteLayerTheme; attribution: string[] } {
  const style = useMemo(() => provisionalStyle(), []);
  return { style, siteTheme: SITE_THEMES[theme], attribution: [] };
}
