// Raster-DEM tiles (Terrarium encoding, PNG) from the elevation grid.
import { PNG } from 'pngjs';
import { tilesInBBox, xToLon, yToLat, type BBox } from './coverage.ts';
import { halve, sample, type Dem } from './dem.ts';
import type { TileInput } from './pmtiles-writer.ts';

export const TILE_PX = 256;
export const terrainZooms = { min: 5, max: 12 } as const;
/** Beyond the grid, blend from the edge values to a smooth far-off surface over this many degrees. */
const FADE_DEG = 0.08;

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
  for (let last = dem; last.size > 40; ) {
    last = halve(last);
    levels.push(last);
  }
  return levels;
}

/** Elevation inside the grid; outside it a fade from the nearest edge to the coarsest level, so no cliffs or streaks. */
function heightAt(levels: Dem[], level: Dem, bbox: BBox, lon: number, lat: number): number {
  const dx = Math.max(bbox[0] - lon, 0, lon - bbox[2]);
  const dy = Math.max(bbox[1] - lat, 0, lat - bbox[3]);
  const inner = sample(level, lon, lat);
  if (dx === 0 && dy === 0) return inner;
  const coarse = levels[levels.length - 1] ?? level;
  const t = Math.min(1, Math.hypot(dx, dy) / FADE_DEG);
  return inner * (1 - t) + sample(coarse, lon, lat) * t;
}

export function terrainTiles(dem: Dem, within: BBox): TileInput[] {
  const levels = pyramid(dem);
  const grid = demBBox(dem);
  const area: BBox = [
    Math.max(grid[0], within[0]),
    Math.max(grid[1], within[1]),
    Math.min(grid[2], within[2]),
    Math.min(grid[3], within[3]),
  ];
  const out: TileInput[] = [];
  for (let z = terrainZooms.min; z <= terrainZooms.max; z++) {
    const pixelDeg = 360 / (2 ** z * TILE_PX);
    const level = levels.filter((l) => l.step <= pixelDeg).pop() ?? dem;
    for (const t of tilesInBBox(area, z)) {
      const heights = new Float32Array(TILE_PX * TILE_PX);
      for (let py = 0; py < TILE_PX; py++) {
        const lat = yToLat(t.y + (py + 0.5) / TILE_PX, z);
        for (let px = 0; px < TILE_PX; px++) {
          const lon = xToLon(t.x + (px + 0.5) / TILE_PX, z);
          heights[py * TILE_PX + px] = heightAt(levels, level, grid, lon, lat);
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
