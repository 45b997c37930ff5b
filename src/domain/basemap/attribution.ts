// Every source the embedded basemap draws from, as MANIFEST.md of the geodata asks them to be named. Names only,
// in no language: they also go into the archives' metadata, and the map shows them to every user as they are;
// words around them (what the relief covers) come from the locale files (map attribution, see src/map/use-map-style.ts).
export const OSM_ATTRIBUTION = '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>';

/** The vector archive: boundaries, water, roads, railways, places, land use, contours. */
export const vectorAttribution: readonly string[] = [
  'gis.chinhphu.vn (dvhcvn)',
  'CTU-SematX/LegoCity',
  OSM_ATTRIBUTION,
  'GSHHG',
  'Natural Earth',
];

/** The elevation archive (hillshade, 3D terrain, and the contour lines in the vector archive). */
export const terrainAttribution: readonly string[] = ['SRTM (NASA/USGS)'];

/** Attribution when the basemap was built from an OpenStreetMap extract with tilemaker. */
export const osmExtractAttribution: readonly string[] = [OSM_ATTRIBUTION];

export function attributionText(parts: readonly string[]): string {
  return parts.join(' · ');
}

/** What the embedded basemap can be built from (the mode in scripts/basemap/build-info.json). */
export const BASEMAP_MODES = ['geodata', 'fallback', 'osm'] as const;
export type BasemapMode = (typeof BASEMAP_MODES)[number];

/**
 * Does the map draw lake shores derived from SRTM (and so owe the words that say so)? Only a build from the geodata
 * folder derives them: an OSM extract brings its mapped lakes, the fallback has none.
 */
export function drawsDerivedLakeShores(mode: BasemapMode | undefined): boolean {
  return mode === 'geodata';
}
