// Where the embedded relief (hillshade and 3D terrain) has data, and how it fades out: plain data shared by the
// basemap build (scripts/basemap/terrain.ts makes the elevation tiles from it) and the map attribution, which says
// it in words, so that what the map claims is what the tiles hold.

/** [west, south, east, north] in degrees. */
export type ReliefExtent = readonly [west: number, south: number, east: number, north: number];

/**
 * The served relief: the SRTM tile's 105–106°E, 21–22°N, cut in the west and south to the detailed area of the
 * archive (the province and the ridge along its western border), the same at every zoom. Outside it the elevation
 * tiles are flat, so nothing is shaded there.
 */
export const RELIEF_EXTENT: ReliefExtent = [105.3, 21.3, 106, 22];

/** Relief fades out over this many degrees inside each edge of the extent (0.07° is about 7 km here). */
export const RELIEF_FADE_DEG = 0.07;

/** The fade width in whole kilometres, east–west at the middle of the extent (where 1° of longitude is about 103 km). */
export const RELIEF_FADE_KM = Math.round(RELIEF_FADE_DEG * 111.32 * Math.cos((((RELIEF_EXTENT[1] + RELIEF_EXTENT[3]) / 2) * Math.PI) / 180));

/**
 * How much of the relief is kept at a point: 1 beyond the fade band, falling smoothly (smoothstep, so with no
 * kink) to 0 at each edge of the extent, 0 outside. Monotone in the distance from each edge; the four edges
 * multiply, which keeps the corners smooth.
 */
export function reliefWeight(lon: number, lat: number, extent: ReliefExtent = RELIEF_EXTENT, width = RELIEF_FADE_DEG): number {
  const [w, s, e, n] = extent;
  return edge((lon - w) / width) * edge((e - lon) / width) * edge((lat - s) / width) * edge((n - lat) / width);
}

function edge(t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  return t * t * (3 - 2 * t);
}

/** The extent and the fade width as the attribution writes them, numbers in the language's own format (105,3 in Vietnamese). */
export function reliefExtentWords(lang: 'vi' | 'en'): { west: string; east: string; south: string; north: string; km: string } {
  const f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
  const [west, south, east, north] = RELIEF_EXTENT.map((v) => f.format(v));
  return { west: west ?? '', east: east ?? '', south: south ?? '', north: north ?? '', km: f.format(RELIEF_FADE_KM) };
}
