import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StyleSpecification } from 'maplibre-gl';
import { drawsDerivedLakeShores } from '../domain/basemap/attribution.ts';
import { reliefExtentWords } from '../domain/basemap/relief-extent.ts';
import type { Lang } from '../domain/schema/common.ts';
import type { SiteLayerTheme } from './site-layers.ts';
import { SITE_THEMES, type ThemeName } from './site-themes.ts';
import { buildBasemapStyle } from './style/build-style.ts';
import { themes } from './style/theme.ts';
import { hostedStyleUrl } from './hosted-style.ts';
import { embeddedBasemapMode } from './basemap-mode.ts';

export type { ThemeName } from './site-themes.ts';

/** The lakes' words only where shores are derived (a build from the geodata, not from an OSM extract): fixed at build time. */
const LAKE_WORDS = drawsDerivedLakeShores(embeddedBasemapMode());

/** A hosted style brings its own glyph server; its usual font stack replaces ours for the site labels. */
const HOSTED_FONT = 'Noto Sans Regular';

/**
 * The basemap style (embedded PMTiles by default, or a hosted style when VITE_BASEMAP_STYLE is set), the theme
 * of the site layers, which are added on top either way, and the words the map attribution adds to the sources'
 * names (where the embedded relief ends, which lake shores are derived; a hosted style brings its own).
 */
export function useMapStyle(lang: Lang, theme: ThemeName): { style: StyleSpecification | string; siteTheme: SiteLayerTheme; attribution: string[] } {
  const hosted = hostedStyleUrl();
  const style = useMemo(
    () => hosted ?? buildBasemapStyle({ theme: themes[theme], lang, baseUrl: new URL(import.meta.env.BASE_URL, document.baseURI).href }),
    [hosted, theme, lang],
  );
  const siteTheme = useMemo(() => (hosted ? { ...SITE_THEMES[theme], font: HOSTED_FONT } : SITE_THEMES[theme]), [hosted, theme]);
  const { t } = useTranslation();
  // The extent and fade width are the ones the elevation tiles are built with (src/domain/basemap/relief-extent.ts).
  const attribution = useMemo(
    () => (hosted ? [] : [t('attribution.relief', reliefExtentWords(lang)), ...(LAKE_WORDS ? [t('attribution.lakes')] : [])]),
    [hosted, t, lang],
  );
  return { style, siteTheme, attribution };
}
