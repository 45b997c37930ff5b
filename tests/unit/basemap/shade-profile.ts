// What the hillshade of an elevation raster looks like column by column: for tests of where relief ends.
import { PNG } from 'pngjs';
import { xToLon, yToLat } from '../../../scripts/basemap/coverage.ts';
import { decodeTerrarium, TILE_PX } from '../../../scripts/basemap/terrain.ts';

/** Heights of a Terrarium PNG tile, as MapLibre reads them. */
export function decodeTile(png: Uint8Array): Float32Array {
  const img = PNG.sync.read(Buffer.from(png));
  const out = new Float32Array(img.width * img.height);
  for (let i = 0; i < out.length; i++) out[i] = decodeTerrarium(img.data[i * 4] ?? 0, img.data[i * 4 + 1] ?? 0, img.data[i * 4 + 2] ?? 0);
  return out;
}

export interface ShadeColumn {
  lon: number;
  /** mean over the rows of sin(slope): 0 where flat (MapLibre then draws nothing), larger where the relief is. */
  shade: number;
}

/**
 * Mean sin(slope) of each pixel column across a block of tiles (columns x0..x1, rows y0..y1 at zoom z), slopes by
 * central differences in metres; heightsOf gives a tile's 256×256 heights, row 0 in the north.
 */
export function shadeColumns(z: number, x0: number, x1: number, y0: number, y1: number, heightsOf: (x: number, y: number) => Float32Array): ShadeColumn[] {
  const w = (x1 - x0 + 1) * TILE_PX;
  const h = (y1 - y0 + 1) * TILE_PX;
  const grid = new Float32Array(w * h);
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      const tile = heightsOf(tx, ty);
      for (let r = 0; r < TILE_PX; r++) {
        for (let c = 0; c < TILE_PX; c++) grid[((ty - y0) * TILE_PX + r) * w + (tx - x0) * TILE_PX + c] = tile[r * TILE_PX + c] ?? 0;
      }
    }
  }
  const midLat = yToLat((y0 + y1 + 1) / 2, z);
  const metres = ((360 / (2 ** z * TILE_PX)) * 111320 * Math.cos((midLat * Math.PI) / 180));
  const at = (r: number, c: number): number => grid[r * w + c] ?? 0;
  const out: ShadeColumn[] = [];
  for (let c = 1; c < w - 1; c++) {
    let sum = 0;
    for (let r = 1; r < h - 1; r++) {
      const gx = (at(r, c + 1) - at(r, c - 1)) / (2 * metres);
      const gy = (at(r + 1, c) - at(r - 1, c)) / (2 * metres);
      const g = Math.hypot(gx, gy);
      sum += g / Math.sqrt(1 + g * g);
    }
    out.push({ lon: xToLon(x0 + (c + 0.5) / TILE_PX, z), shade: sum / (h - 2) });
  }
  return out;
}

/** The largest change of the column shade between neighbouring columns within [west, east], relative to `scale`. */
export function largestStep(columns: ShadeColumn[], west: number, east: number): number {
  let worst = 0;
  for (let i = 1; i < columns.length; i++) {
    const a = columns[i - 1];
    const b = columns[i];
    if (!a || !b || a.lon < west || b.lon > east) continue;
    worst = Math.max(worst, Math.abs(b.shade - a.shade));
  }
  return worst;
}
