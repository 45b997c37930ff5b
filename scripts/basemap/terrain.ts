// Raster-DEM tiles (Terrarium encoding, PNG) from the elevation grid.
import { PNG } from 'pngjs';
import { tilesInBBox, xToLon, yToLat, type BBox, type TileXY } from './coverage.ts';
import { halve, sample, type Dem } from './dem.ts';
import type { TileInput } from './pmtiles-writer.ts';
import { RELIEF_EXTENT, reliefWeight, type ReliefExtent } from '../../src/domain/basemap/relief-extent.ts';

export const TILE_PX = 256;
export const terrainZooms = { min: 5, max: 12 } as const;

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
 * Where every zoom has relief: the extent the attribution states (the province and the ridge along its western
 * border), within the grid. Every zoom covers the same area, so the relief ends in the same place at every zoom.
 */
export function terrainBounds(dem: Dem, detail: ReliefExtent = RELIEF_EXTENT): BBox {
  const grid = demBBox(dem);
  return [Math.max(grid[0], detail[0]), Math.max(grid[1], detail[1]), Math.min(grid[2], detail[2]), Math.min(grid[3], detail[3])];
}

/**
 * The flat level the relief fades to: the mean of the smoothest pyramid level along the extent's edges (163 m for
 * N21E105), so the fade neither climbs nor sinks far on average.
 */
export function fadeLevel(far: Dem, extent: BBox): number {
  const [w, s, e, n] = extent;
  let sum = 0;
  const steps = 64;
  for (let i = 0; i < steps; i++) {
    const t = (i + 0.5) / steps;
    const lon = w + t * (e - w);
    const lat = s + t * (n - s);
    sum += sample(far, lon, s) + sample(far, lon, n) + sample(far, w, lat) + sample(far, e, lat);
  }
  return sum / (4 * steps);
}

/**
 * Elevation of one pixel: the relief above the flat level, scaled by reliefWeight (1 inside, smoothly to 0 at the
 * extent's edges), so the hillshade fades out instead of stopping at a cliff; flat outside the extent, which
 * MapLibre shades as nothing, up to the edge of every tile.
 */
export function fadedHeight(level: Dem, extent: BBox, flat: number, lon: number, lat: number): number {
  const w = reliefWeight(lon, lat, extent);
  return w === 0 ? flat : flat + w * (sample(level, lon, lat) - flat);
}

/** Builds the heights of any tile of the archive: the pyramid and the flat level are made once. */
export function terrainTileHeights(dem: Dem, detail: ReliefExtent = RELIEF_EXTENT): (t: TileXY) => Float32Array {
  const levels = pyramid(dem);
  const far = levels[levels.length - 1] ?? dem;
  const area = terrainBounds(dem, detail);
  const flat = fadeLevel(far, area);
  return ({ z, x, y }) => {
    const pixelDeg = 360 / (2 ** z * TILE_PX);
    const level = levels.filter((l) => l.step <= pixelDeg).pop() ?? dem;
    const heights = new Float32Array(TILE_PX * TILE_PX);
    for (let py = 0; py < TILE_PX; py++) {
      const lat = yToLat(y + (py + 0.5) / TILE_PX, z);
      for (let px = 0; px < TILE_PX; px++) {
        heights[py * TILE_PX + px] = fadedHeight(level, area, flat, xToLon(x + (px + 0.5) / TILE_PX, z), lat);
      }
    }
    return heights;
  };
}

export function terrainTiles(dem: Dem, detail: ReliefExtent = RELIEF_EXTENT): TileInput[] {
  const heightsOf = terrainTileHeights(dem, detail);
  const area = terrainBounds(dem, detail);
  const out: TileInput[] = [];
  for (let z = terrainZooms.min; z <= terrainZooms.max; z++) {
    for (const t of tilesInBBox(area, z)) out.push({ ...t, data: encodeTerrarium(heightsOf(t), TILE_PX) });
  }
  return out;
}

/** One sea-level tile at zoom 0, so that the style still works when there is no elevation data. */
export function flatTerrain(): TileInput[] {
  return [{ z: 0, x: 0, y: 0, data: encodeTerrarium(new Float32Array(TILE_PX * TILE_PX), TILE_PX) }];
}
