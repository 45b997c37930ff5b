import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { afterAll, describe, expect, it } from 'vitest';
import { latToY, lonToX, provinceBBox } from '../../../scripts/basemap/coverage.ts';
import { buildFromOsm } from '../../../scripts/basemap/osm.ts';
import { geodataDir } from '../../../scripts/basemap/paths.ts';
import { writeArchive } from '../../../scripts/basemap/pmtiles-writer.ts';
import { BufferSource } from './buffer-source.ts';

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['--help'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// A few nodes and ways near the ATK: a national road, a stream, a building, a village and a temple.
const osmXml = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test">
  <node id="1" version="1" lat="21.800" lon="105.510"/>
  <node id="2" version="1" lat="21.802" lon="105.520"/>
  <node id="3" version="1" lat="21.805" lon="105.530"/>
  <node id="4" version="1" lat="21.798" lon="105.512"/>
  <node id="5" version="1" lat="21.796" lon="105.528"/>
  <node id="10" version="1" lat="21.8010" lon="105.5200"/>
  <node id="11" version="1" lat="21.8010" lon="105.5204"/>
  <node id="12" version="1" lat="21.8013" lon="105.5204"/>
  <node id="13" version="1" lat="21.8013" lon="105.5200"/>
  <node id="20" version="1" lat="21.803" lon="105.515"><tag k="place" v="village"/><tag k="name" v="Bản Quyên"/></node>
  <node id="21" version="1" lat="21.799" lon="105.522"><tag k="amenity" v="place_of_worship"/><tag k="religion" v="buddhist"/><tag k="name" v="Chùa Thử"/></node>
  <way id="100" version="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="trunk"/><tag k="ref" v="QL.3"/><tag k="name" v="Quốc lộ 3"/></way>
  <way id="101" version="1"><nd ref="4"/><nd ref="5"/><tag k="waterway" v="stream"/></way>
  <way id="102" version="1"><nd ref="10"/><nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="10"/><tag k="building" v="yes"/></way>
</osm>
`;

const tools = has('osmium') && has('tilemaker');
const work = mkdtempSync(join(tmpdir(), 'osm-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!tools)('basemap from an OpenStreetMap extract (osmium + tilemaker)', () => {
  it('builds the layer schema with road classes, names, refs and buildings, and packs it into PMTiles', async () => {
    writeFileSync(join(work, 'tiny.osm'), osmXml);
    const pbf = join(work, 'tiny.osm.pbf');
    execFileSync('osmium', ['cat', join(work, 'tiny.osm'), '-o', pbf, '--overwrite']);

    const geodata = geodataDir();
    const { tiles, layers } = buildFromOsm(pbf, provinceBBox, geodata);
    expect(layers.map((l) => l.id)).toEqual(expect.arrayContaining(['roads', 'buildings', 'places', 'waterways', 'countries']));

    const z = 14;
    const [x, y] = [Math.floor(lonToX(105.5202, z)), Math.floor(latToY(21.8011, z))];
    const tile = tiles.find((t) => t.z === z && t.x === x && t.y === y);
    expect(tile).toBeDefined();
    const vt = new VectorTile(new PbfReader(gunzipSync(tile?.data ?? new Uint8Array())));
    expect(vt.layers.roads?.feature(0).properties).toMatchObject({ kind: 'national', class: 'trunk', ref: 'QL3', name: 'Quốc lộ 3' });
    expect(vt.layers.buildings?.length).toBe(1);
    // Our own layers ride along in the same tiles (the district boundaries around the ATK).
    if (geodata) expect(vt.layers.admin?.length).toBeGreaterThan(0);

    const atZ14 = (layer: string): Record<string, unknown>[] =>
      tiles
        .filter((t) => t.z === z)
        .flatMap((t) => {
          const l = new VectorTile(new PbfReader(gunzipSync(t.data))).layers[layer];
          return l ? Array.from({ length: l.length }, (_, i) => l.feature(i).properties) : [];
        });
    expect(atZ14('waterways')).toContainEqual({ kind: 'stream' });
    expect(atZ14('places')).toContainEqual({ kind: 'village', name: 'Bản Quyên', rank: 3 });
    expect(atZ14('pois')).toContainEqual({ kind: 'worship', religion: 'buddhist', name: 'Chùa Thử' });

    const { bytes } = writeArchive(tiles, { tileType: 'mvt', tileCompression: 'gzip', bounds: provinceBBox, metadata: {} });
    const reader = new PMTiles(new BufferSource(bytes));
    for (const t of tiles) {
      const got = await reader.getZxy(t.z, t.x, t.y);
      expect(Buffer.from(new Uint8Array(got?.data ?? new ArrayBuffer(0))).equals(gunzipSync(t.data))).toBe(true);
    }
  }, 90_000); // osmium + tilemaker on the real province box: about 10 s alone, 33 s seen on a loaded 2-core machine
});
