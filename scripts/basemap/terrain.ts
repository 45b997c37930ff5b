// Raster-DEM tiles (Terrarium encoding, PNG) from the elevation grid.
import { PNG } from 'pngjs';
import { tilesInBBox, xToLon, yToLat, type BBox } from './coverage.ts';
import { halve, sample, type Dem } from './dem.ts';
import type { TileInput } from './pmtiles-writer.ts';

export const TILE_PX = 256;
export const terrainZooms = { min: 5, max: 12 } as const;
/** Beyond the grid, blend from the edge values to a very smooth surface over this many pixels. */
const FADE_PX = 4;
/** Detailed zooms cover the province and the ridge along its western border; zoomed out, the whole grid. */
export const terrainDetailBBox: BBox = [105.38, 21.3, 106.35, 22.1];
const DETAIL_FROM_ZOOM = 11;

export function demBBox(dem: Dem): BBox {
  const span = dem.step * (dem.size - 1);
  return [dem.west, dem.north - span, dem.west + span, dem.north];
}

/** Terrarium: height = R*256 + G + B/256 - 32768. Heights are kept to 1/2 m: 20 % smaller PNGs than full precision, no visible terracing. */
export function encodeTerrarium(heights: Float32Array, size: number): Uint8Array {
  const png = new PNG({ width: size, height: size, colorType: 2, inputHasAlpha: true });
  for (let i = 0; i < heights.length; i++) {
    const v = Math.round(((heights[i] ?? 0) + 32768) * 2) / 2;
    const whole = Math.floor(v);
    png.data[i * 4] = whole >> 8;
    png.data[i * 4 + 1] = whole & 255;
    png.data[i * 4 + 2] = Math.round((v - whole) * 256);
    png.data[i * 4 + 3] = 255;
  }
  return PNG.sync.write(png, { colorType: 2, deflateLevel: 9 });
}

export function decodeTerrarium(r: number, g: number, b: number): number {
  return r * 256 + g + b / 256 - 32768;
}

function pyramid(dem: Dem): Dem[] {
  const levels = [dem];
  for (let last = dem; last.size > 12; ) {
    last = halve(last);
    levels.push(last);
  }
  return levels;
}

/**
 * Elevation inside the grid. Outside it, edge values repeated outwards would draw streaks in the hillshade and
 * a constant would draw a cliff: fade within a few pixels to the coarsest level (~0.1° posts), which is smooth.
 */
function heightAt(far: Dem, level: Dem, bbox: BBox, lon: number, lat: number, pixelDeg: number): number {
  const dx = Math.max(bbox[0] - lon, 0, lon - bbox[2]);
  const dy = Math.max(bbox[1] - lat, 0, lat - bbox[3]);
  const inner = sample(level, lon, lat);
  if (dx === 0 && dy === 0) return inner;
  const t = Math.min(1, Math.hypot(dx, dy) / (FADE_PX * pixelDeg));
  return inner * (1 - t) + sample(far, lon, lat) * t;
}

/** Where every zoom has tiles: the detailed area within the grid. */
export function terrainBounds(dem: Dem, detail: BBox = terrainDetailBBox): BBox {
  const grid = demBBox(dem);
  return [Math.max(grid[0], detail[0]), Math.max(grid[1], detail[1]), Math.min(grid[2], detail[2]), Math.min(grid[3], detail[3])];
}

export function terrainTiles(dem: Dem, detail: BBox = terrainDetailBBox): TileInput[] {
  const levels = pyramid(dem);
  const far = levels[levels.length - 1] ?? dem;
  const grid = demBBox(dem);
  const area = terrainBounds(dem, detail);
  const out: TileInput[] = [];
  for (let z = terrainZooms.min; z <= terrainZooms.max; z++) {
    const pixelDeg = 360 / (2 ** z * TILE_PX);
    const level = levels.filter((l) => l.step <= pixelDeg).pop() ?? dem;
    for (const t of tilesInBBox(z >= DETAIL_FROM_ZOOM ? area : grid, z)) {
      const heights = new Float32Array(TILE_PX * TILE_PX);
      for (let py = 0; py < TILE_PX; py++) {
        const lat = yToLat(t.y + (py + 0.5) / TILE_PX, z);
        for (let px = 0; px < TILE_PX; px++) {
          const lon = xToLon(t.x + (px + 0.5) / TILE_PX, z);
          heights[py * TILE_PX + px] = heightAt(far, level, grid, lon, lat, pixelDeg);
        }
      }
      out.push({ ...t, data: encodeTerrarium(heights, TILE_PX) });
    }
  }
  return out;
}

/** One sea-level tile at zoom 0, so that the style still works when there is no elevation data. */
export function flatTerrain(): TileInput[] {
  return [{ z: 0, x: 0, y: 0, data: encodeTerrarium(new Float32Array(TILE_PX * TILE_PX), TILE_PX) }];
}
