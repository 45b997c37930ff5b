// Which tiles are built at which zoom: wide and coarse when zoomed out, the province in detail when zoomed in.
export type BBox = [west: number, south: number, east: number, north: number];

/** Clip extent of the geodata (MANIFEST.md): the province with a margin. */
export const provinceBBox: BBox = [105.45, 21.3, 106.35, 22.1];
/** Thái Nguyên and its neighbours, for the regional view. */
export const regionBBox: BBox = [104.85, 20.55, 107.35, 22.75];
/** Northern Vietnam and its neighbours, for the country view. */
export const countryBBox: BBox = [98, 8, 114, 26];

export const minZoom = 4;
export const maxZoom = 14;

export function bboxForZoom(z: number): BBox {
  if (z <= 7) return countryBBox;
  if (z <= 9) return regionBBox;
  return provinceBBox;
}

export function lonToX(lon: number, z: number): number {
  return ((lon + 180) / 360) * 2 ** z;
}

export function latToY(lat: number, z: number): number {
  const r = (lat * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z;
}

export function xToLon(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

export function yToLat(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

export interface TileXY {
  z: number;
  x: number;
  y: number;
}

export function tilesInBBox(b: BBox, z: number): TileXY[] {
  const out: TileXY[] = [];
  const x0 = Math.floor(lonToX(b[0], z));
  const x1 = Math.floor(lonToX(b[2], z));
  const y0 = Math.floor(latToY(b[3], z));
  const y1 = Math.floor(latToY(b[1], z));
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push({ z, x, y });
  return out;
}
