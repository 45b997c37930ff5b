import { useMemo } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/schema/common.ts';
import type { SiteLayerTheme } from '../map/site-layers.ts';
import { provisionalStyle, SITE_FONT } from '../map/provisional-style.ts';

const SITE_THEME: SiteLayerTheme = {
  font: SITE_FONT,
  labelColor: '#3b1d14',
  labelHalo: '#fffaf2',
  clusterFill: '#b3001b',
  clusterText: '#ffffff',
  clusterStroke: '#ffffff',
  selectedRing: '#1a1a1a',
  scale: 1,
};

/** The basemap style and the theme of the site layers for the current language. */
export function useMapStyle(_lang: Lang): { style: StyleSpecification; siteTheme: SiteLayerTheme; attribution: string[] } {
  const style = useMemo(() => provisionalStyle(), []);
  return { style, siteTheme: SITE_THEME, attribution: [] };
}
