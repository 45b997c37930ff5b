import { gzipSync } from 'node:zlib';
import { PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { writeArchive, type ArchiveOptions, type TileInput } from '../../../scripts/basemap/pmtiles-writer.ts';
import { BufferSource } from './buffer-source.ts';

function tile(z: number, x: number, y: number, text: string): TileInput {
  return { z, x, y, data: new TextEncoder().encode(text) };
}

function allTiles(maxZoom: number, content: (z: number, x: number, y: number) => string): TileInput[] {
  const out: TileInput[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) out.push(tile(z, x, y, content(z, x, y)));
  }
  return out;
}

async function expectEveryTile(bytes: Uint8Array, tiles: readonly TileInput[]): Promise<void> {
  const reader = new PMTiles(new BufferSource(bytes));
  for (const t of tiles) {
    const got = await reader.getZxy(t.z, t.x, t.y);
    expect(got, `${t.z}/${t.x}/${t.y}`).toBeDefined();
    expect(Buffer.from(new Uint8Array(got?.data ?? new ArrayBuffer(0))).equals(Buffer.from(t.data))).toBe(true);
  }
}

const options: ArchiveOptions = {
  tileType: 'mvt',
  tileCompression: 'none',
  bounds: [105.4, 21.3, 106.3, 22.1],
  center: [105.52, 21.8, 12],
  metadata: { name: 'test', vector_layers: [{ id: 'roads', fields: {} }] },
};

describe('PMTiles writer', () => {
  it('round-trips every tile byte for byte, shares repeated contents and fills the header', async () => {
    // Repeated contents, both consecutive (a run) and far apart (deduplicated).
    const tiles = allTiles(3, (z, x, y) => (z === 3 && x < 4 ? 'ocean' : `tile ${z}/${x}/${y}`));
    const { bytes, stats } = writeArchive(tiles, options);
    await expectEveryTile(bytes, tiles);

    const reader = new PMTiles(new BufferSource(bytes));
    const header = await reader.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      minZoom: 0,
      maxZoom: 3,
      clustered: true,
      numAddressedTiles: tiles.length,
      numTileContents: stats.tileContents,
      tileType: 1,
      tileCompression: 1,
      centerZoom: 12,
    });
    expect(header.minLon).toBeCloseTo(105.4, 6);
    expect(header.maxLat).toBeCloseTo(22.1, 6);
    expect(stats.tileContents).toBe(tiles.length - 31);
    expect(stats.tileEntries).toBeLessThan(tiles.length);
    expect(await reader.getMetadata()).toEqual(options.metadata);
  });

  it('answers undefined for a tile that is not in the archive', async () => {
    const { bytes } = writeArchive([tile(2, 1, 1, 'a'), tile(2, 3, 3, 'b')], { ...options, bounds: [0, 0, 1, 1] });
    const reader = new PMTiles(new BufferSource(bytes));
    expect(await reader.getZxy(2, 2, 2)).toBeUndefined();
    expect(await reader.getZxy(2, 1, 2)).toBeUndefined();
  });

  it('moves entries into leaf directories when the root would pass 16 KiB', async () => {
    // Scattered tiles with irregular sizes, so that the directory does not compress away.
    let seed = 42;
    const next = (n: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const picked = new Map<string, TileInput>();
    while (picked.size < 20000) {
      const [x, y] = [next(4096), next(4096)];
      picked.set(`${x}/${y}`, tile(12, x, y, `${x}/${y}`.padEnd(8 + next(300), '.')));
    }
    const tiles = [...picked.values()];
    const { bytes, stats } = writeArchive(tiles, { ...options, bounds: [0, 0, 1, 1] });
    expect(stats.leafDirectories).toBeGreaterThan(1);
    await expectEveryTile(bytes, tiles);
  });

  it('stores gzip tiles that the reader decompresses back to the original', async () => {
    const raw = new TextEncoder().encode('hello vector tile'.repeat(20));
    const { bytes } = writeArchive([{ z: 0, x: 0, y: 0, data: gzipSync(raw) }], {
      ...options,
      tileCompression: 'gzip',
      bounds: [0, 0, 1, 1],
    });
    const got = await new PMTiles(new BufferSource(bytes)).getZxy(0, 0, 0);
    expect(Buffer.from(new Uint8Array(got?.data ?? new ArrayBuffer(0))).equals(Buffer.from(raw))).toBe(true);
  });

  it('refuses an empty archive and duplicate tiles', () => {
    expect(() => writeArchive([], { ...options, bounds: [0, 0, 1, 1] })).toThrow(/at least one/);
    expect(() => writeArchive([tile(1, 0, 0, 'a'), tile(1, 0, 0, 'b')], { ...options, bounds: [0, 0, 1, 1] })).toThrow(
      /duplicate/,
    );
  });
});
