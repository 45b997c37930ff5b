// A detailed basemap from an OpenStreetMap extract: clip with osmium, tile with tilemaker (Debian packages
// osmium-tool and tilemaker), add our boundaries and contours to each tile, repack with our PMTiles writer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { bboxForZoom, maxZoom, minZoom, type BBox } from './coverage.ts';
import { geodataLayers } from './geodata-layers.ts';
import { fieldsOf, type LayerSource } from './layer.ts';
import { scriptsDir } from './paths.ts';
import type { TileInput } from './pmtiles-writer.ts';
import { tileGrid, vectorTiles } from './vector-tiles.ts';

export const tilemakerConfig = join(scriptsDir, 'tilemaker', 'config.json');
export const tilemakerProcess = join(scriptsDir, 'tilemaker', 'process.lua');

const configSchema = z.object({
  layers: z.record(z.string(), z.object({ minzoom: z.number(), maxzoom: z.number() })),
});

export interface OsmLayerInfo {
  id: string;
  minzoom: number;
  maxzoom: number;
  fields: Record<string, string>;
}

/** Fails with a clear message when a tool is missing, rather than a bare ENOENT. */
function run(tool: string, args: string[]): void {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const hint = `(Debian: apt-get install ${tool === 'osmium' ? 'osmium-tool' : tool})`;
    throw new Error(`${tool} failed ${hint}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** tilemaker's folder output, z/x/y.pbf, as uncompressed tiles by "z/x/y". */
function readTileFolder(dir: string): Map<string, Uint8Array> {
  const tiles = new Map<string, Uint8Array>();
  for (const zName of readdirSync(dir)) {
    if (!/^\d+$/.test(zName)) continue;
    for (const xName of readdirSync(join(dir, zName))) {
      for (const file of readdirSync(join(dir, zName, xName))) {
        const m = /^(\d+)\.pbf$/.exec(file);
        if (!m) continue;
        const bytes = new Uint8Array(readFileSync(join(dir, zName, xName, file)));
        const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? new Uint8Array(gunzipSync(bytes)) : bytes;
        tiles.set(`${zName}/${xName}/${m[1]}`, raw);
      }
    }
  }
  return tiles;
}

/** Our layers that OSM does not provide: countries, boundaries and their labels, contours, and the sea when zoomed out. */
function supplement(dir: string | undefined, osmLayers: ReadonlySet<string>): LayerSource[] {
  return geodataLayers(dir).flatMap((layer): LayerSource[] => {
    if (layer.id === 'water') {
      // OSM water starts at zoom 8; the sea from Natural Earth fills the zooms below it.
      const sea = layer.features.filter((f) => f.properties.kind === 'ocean');
      return [{ ...layer, maxzoom: 7, features: sea.map((f) => ({ ...f, properties: { ...f.properties, _maxzoom: 7 } })) }];
    }
    return osmLayers.has(layer.id) ? [] : [layer];
  });
}

export function buildFromOsm(extract: string, bbox: BBox, geodata?: string): { tiles: TileInput[]; layers: OsmLayerInfo[] } {
  if (!existsSync(extract)) throw new Error(`OSM extract not found: ${extract}`);
  const work = mkdtempSync(join(tmpdir(), 'basemap-osm-'));
  try {
    const clipped = join(work, 'clipped.osm.pbf');
    const folder = join(work, 'tiles');
    const box = bbox.join(',');
    run('osmium', ['extract', '--bbox', box, '--overwrite', '-o', clipped, extract]);
    run('tilemaker', ['--input', clipped, '--output', folder, '--bbox', box, '--config', tilemakerConfig, '--process', tilemakerProcess]);
    const osmTiles = existsSync(folder) ? readTileFolder(folder) : new Map<string, Uint8Array>();
    const config = configSchema.parse(JSON.parse(readFileSync(tilemakerConfig, 'utf8')));
    const osmIds = new Set(Object.keys(config.layers));
    const extra = supplement(geodata, osmIds);
    const ours = new Map<string, Uint8Array>();
    const grid = tileGrid({ min: minZoom, max: maxZoom }, bboxForZoom);
    for (const t of vectorTiles(extra, grid).tiles) ours.set(`${t.z}/${t.x}/${t.y}`, new Uint8Array(gunzipSync(t.data)));
    const tiles: TileInput[] = [];
    for (const key of new Set([...osmTiles.keys(), ...ours.keys()])) {
      const [tz = 0, tx = 0, ty = 0] = key.split('/').map(Number);
      // A vector tile is a list of layer messages: two tiles with different layers concatenate into one.
      const a = osmTiles.get(key) ?? new Uint8Array(0);
      const b = ours.get(key) ?? new Uint8Array(0);
      const joined = new Uint8Array(a.length + b.length);
      joined.set(a, 0);
      joined.set(b, a.length);
      tiles.push({ z: tz, x: tx, y: ty, data: gzipSync(joined, { level: 9 }) });
    }
    const layers: OsmLayerInfo[] = [
      ...Object.entries(config.layers).map(([id, l]) => ({ id, ...l, fields: {} })),
      ...extra.filter((l) => !osmIds.has(l.id)).map((l) => ({ id: l.id, minzoom: l.minzoom, maxzoom: l.maxzoom, fields: fieldsOf(l) })),
    ];
    return { tiles, layers };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
