import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { latToY, lonToX } from '../../../scripts/basemap/coverage.ts';
import { geodataLayers } from '../../../scripts/basemap/geodata-layers.ts';
import type { LayerSource } from '../../../scripts/basemap/layer.ts';
import { geodataDir, vectorArchive } from '../../../scripts/basemap/paths.ts';
import { vectorTiles } from '../../../scripts/basemap/vector-tiles.ts';
import { BufferSource } from './buffer-source.ts';

// The ATK Định Hóa relic area, at the zoom a visitor reads it.
const z = 12;
const x = Math.floor(lonToX(105.52, z));
const y = Math.floor(latToY(21.8, z));
const dir = geodataDir();

function layerNames(vt: VectorTile): string[] {
  return Object.keys(vt.layers).sort();
}

describe.skipIf(!dir)('the vector tile at the ATK (105.52, 21.80, zoom 12)', () => {
  let layers: LayerSource[] = [];
  let tile: VectorTile;
  // Reads the whole geodata folder and encodes a real tile: seconds alone, over 10 s on a loaded 2-core machine.
  beforeAll(() => {
    layers = geodataLayers(dir);
    const built = vectorTiles(layers, [{ z, x, y }]).tiles[0];
    if (!built) throw new Error('no tile built at the ATK');
    tile = new VectorTile(new PbfReader(gunzipSync(built.data)));
  }, 90_000);

  it('holds the roads, streams, district boundaries and contour lines of the place', () => {
    expect(layerNames(tile)).toEqual(expect.arrayContaining(['admin', 'contours', 'roads', 'waterways']));
    expect(tile.layers.roads?.length).toBeGreaterThan(3);
  });

  it('labels contour lines with their height in whole 50 m steps, quantised to the tile extent', () => {
    const contours = tile.layers.contours;
    expect(contours?.extent).toBe(4096);
    for (let i = 0; i < (contours?.length ?? 0); i++) {
      const f = contours?.feature(i);
      expect(Number(f?.properties.ele) % 50).toBe(0);
      for (const ring of f?.loadGeometry() ?? []) for (const p of ring) expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
    }
  });

  it('is the same tile in the built archive, when it has been built', async () => {
    if (!existsSync(vectorArchive)) return;
    const archive = new PMTiles(new BufferSource(new Uint8Array(readFileSync(vectorArchive))));
    const got = await archive.getZxy(z, x, y);
    expect(got).toBeDefined();
    const fromArchive = new VectorTile(new PbfReader(new Uint8Array(got?.data ?? new ArrayBuffer(0))));
    expect(layerNames(fromArchive)).toEqual(layerNames(tile));
  });
});
