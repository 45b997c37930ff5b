// The embedded basemap style: two PMTiles archives served with the app, labels in Be Vietnam Pro, no network.
import type { FontFacesSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { attributionText, terrainAttribution, vectorAttribution } from '../../domain/basemap/attribution.ts';
import { beVietnamProFaces } from './fonts.ts';
import type { Lang } from '../../domain/schema/common.ts';
import { communeSource } from './commune-labels.ts';
import { BASEMAP_SOURCE, COMMUNES_SOURCE, HILLSHADE_SOURCE, layers } from './layers.ts';
import type { Theme } from './theme.ts';

/** The raster-dem source for `map.setTerrain({ source: TERRAIN_SOURCE, exaggeration: TERRAIN_EXAGGERATION })`. */
export const TERRAIN_SOURCE = 'terrain';
/** Hills of 100–1,500 m over a province read flat at 1×; 1.5× shows the ATK valleys without caricature. */
export const TERRAIN_EXAGGERATION = 1.5;

export const VECTOR_ARCHIVE = 'basemap/thai-nguyen.pmtiles';
export const TERRAIN_ARCHIVE = 'basemap/terrain.pmtiles';

export interface BasemapStyleOptions {
  theme: Theme;
  lang: Lang;
  /** where the app is served, ending in "/" (Vite's BASE_URL made absolute, e.g. new URL(BASE_URL, location.href)) */
  baseUrl: string;
  /** font files; defaults to Be Vietnam Pro bundled by Vite (pass them explicitly outside Vite) */
  fontFaces?: FontFacesSpecification;
}

export function buildBasemapStyle(opts: BasemapStyleOptions): StyleSpecification {
  const dem = {
    type: 'raster-dem',
    url: `pmtiles://${opts.baseUrl}${TERRAIN_ARCHIVE}`,
    encoding: 'terrarium',
    tileSize: 256,
    attribution: attributionText(terrainAttribution),
  } as const;
  return {
    version: 8,
    name: `Thái Nguyên basemap (${opts.theme.name})`,
    'font-faces': opts.fontFaces ?? beVietnamProFaces(),
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'vector',
        url: `pmtiles://${opts.baseUrl}${VECTOR_ARCHIVE}`,
        attribution: attributionText(vectorAttribution),
      },
      // Hillshade and 3D terrain read the same archive through two sources, as MapLibre advises.
      [HILLSHADE_SOURCE]: dem,
      [TERRAIN_SOURCE]: dem,
      // Names of communes from the research notes' points, inline (fetched from nowhere).
      [COMMUNES_SOURCE]: communeSource(),
    },
    layers: layers(opts.theme, opts.lang),
  };
}
