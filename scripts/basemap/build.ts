// npm run basemap [-- --if-stale] [-- --osm <extract.osm.pbf>]
// Builds public/basemap/thai-nguyen.pmtiles (vector) and terrain.pmtiles (raster-dem) from ../shared/geodata.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { attributionText, osmExtractAttribution, terrainAttribution, vectorAttribution } from '../../src/domain/basemap/attribution.ts';
import { readBuildInfo, writeBuildInfo, type ArchiveInfo, type BuildInfo } from './build-info.ts';
import { bboxForZoom, maxZoom, minZoom, provinceBBox } from './coverage.ts';
import { filledDem } from './dem.ts';
import { declareAll, fieldsOf, type VectorLayerInfo } from './layer.ts';
import { buildFromOsm } from './osm.ts';
import { geodataDir, outDir, repoRoot, scriptsDir, terrainArchive, vectorArchive } from './paths.ts';
import { writeArchive, type ArchiveOptions, type TileInput } from './pmtiles-writer.ts';
import { isStale } from './stale.ts';
import { flatTerrain, terrainBounds, terrainTiles } from './terrain.ts';
import { tileGrid, vectorTiles } from './vector-tiles.ts';
import { FALLBACK_MAX_ZOOM, geodataLayers } from './geodata-layers.ts';

function writeAtomically(file: string, bytes: Uint8Array): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

function pack(file: string, tiles: TileInput[], options: ArchiveOptions, layers: string[]): ArchiveInfo {
  const { bytes, stats } = writeArchive(tiles, options);
  writeAtomically(file, bytes);
  const zooms = tiles.map((t) => t.z);
  return {
    file: basename(file),
    bytes: bytes.length,
    tiles: stats.addressedTiles,
    contents: stats.tileContents,
    minzoom: zooms.reduce((a, b) => Math.min(a, b), 99),
    maxzoom: zooms.reduce((a, b) => Math.max(a, b), 0),
    layers,
  };
}

/** TileJSON-style metadata of the vector archive, for either build path. */
function vectorMetadata(name: string, description: string, attribution: readonly string[], layers: readonly VectorLayerInfo[]): Record<string, unknown> {
  return {
    name,
    description,
    attribution: attributionText(attribution),
    // All schema layers are declared: MapLibre rejects a style layer whose source layer the archive does not list.
    vector_layers: declareAll(layers),
  };
}

function buildTerrain(dir: string | undefined): ArchiveInfo {
  const options: ArchiveOptions = {
    tileType: 'png',
    tileCompression: 'none',
    bounds: provinceBBox,
    metadata: { name: 'Thái Nguyên elevation', encoding: 'terrarium', attribution: attributionText(terrainAttribution) },
  };
  if (!dir) return pack(terrainArchive, flatTerrain(), { ...options, bounds: [-180, -85, 180, 85] }, ['terrarium']);
  const dem = filledDem(join(dir, 'dem/N21E105.hgt'));
  // Bounds are the detailed area: MapLibre then never asks for a tile the archive does not have.
  return pack(terrainArchive, terrainTiles(dem), { ...options, bounds: terrainBounds(dem) }, ['terrarium']);
}

/** Size budgets of the issue: the app is used offline on phones. */
export const VECTOR_BUDGET = 6e6;
export const TERRAIN_BUDGET = 8e6;

function checkBudget(a: ArchiveInfo, budget: number, warnOnly: boolean): void {
  if (a.bytes <= budget) return;
  const message = `basemap: ${a.file} is ${a.bytes} bytes, over its budget of ${budget}`;
  if (warnOnly) return console.warn(message);
  // Removed, so that the next `--if-stale` does not take it for up to date.
  rmSync(join(outDir, a.file), { force: true });
  throw new Error(message);
}

function report(info: BuildInfo): void {
  const mb = (n: number): string => `${(n / 1e6).toFixed(2)} MB`;
  for (const a of [info.vector, info.terrain]) {
    console.log(
      `basemap: ${a.file}: ${a.tiles} tiles (${a.contents} distinct), z${a.minzoom}–${a.maxzoom}, ${mb(a.bytes)}; layers: ${a.layers.join(', ')}`,
    );
  }
  console.log(`basemap: built from ${info.mode}${info.source ? ` ${info.source}` : ''} in ${info.seconds.toFixed(1)} s`);
}

function inputsFor(dir: string | undefined, osm: string | undefined): string[] {
  const own = [scriptsDir, join(repoRoot, 'src/domain/basemap/attribution.ts'), join(repoRoot, 'src/domain/basemap/relief-extent.ts')];
  return [...own, ...(dir ? [dir] : []), ...(osm ? [osm] : [])];
}

function main(): void {
  const { values } = parseArgs({ options: { 'if-stale': { type: 'boolean' }, osm: { type: 'string' } } });
  const started = performance.now();
  const dir = geodataDir();
  const last = readBuildInfo();
  // A detailed OSM build stays until its own inputs change; `--if-stale` never replaces it with a coarser one.
  const keptOsm = last?.mode === 'osm' && values['if-stale'] && last.source && existsSync(last.source) ? last.source : undefined;
  const osm = values.osm ? resolve(values.osm) : keptOsm;
  const mode: BuildInfo['mode'] = osm ? 'osm' : dir ? 'geodata' : 'fallback';
  if (values['if-stale'] && last?.mode === mode && !isStale(inputsFor(dir, osm), [vectorArchive, terrainArchive])) {
    console.log('basemap: up to date');
    return;
  }
  mkdirSync(outDir, { recursive: true });
  if (!dir) console.log('basemap: ../shared/geodata not found: building a coarse fallback from world-atlas (Natural Earth) only');
  let vector: ArchiveInfo;
  if (osm) {
    const { tiles, layers } = buildFromOsm(osm, provinceBBox, dir);
    vector = pack(
      vectorArchive,
      tiles,
      { tileType: 'mvt', tileCompression: 'gzip', bounds: bboxForZoom(minZoom), center: [105.52, 21.8, 10], metadata: vectorMetadata(
          'Thái Nguyên basemap (OpenStreetMap extract)',
          'built with tilemaker from an OpenStreetMap extract',
          dir ? vectorAttribution : osmExtractAttribution,
          layers,
        ),
      },
      layers.map((l) => l.id),
    );
  } else {
    const layers = geodataLayers(dir);
    const max = dir ? maxZoom : FALLBACK_MAX_ZOOM;
    const { tiles } = vectorTiles(layers, tileGrid({ min: minZoom, max }, bboxForZoom));
    vector = pack(
      vectorArchive,
      tiles,
      {
        tileType: 'mvt',
        tileCompression: 'gzip',
        // Wide bounds: the zoomed-out tiles reach past the province; a missing vector tile is simply empty.
        bounds: bboxForZoom(minZoom),
        center: [105.52, 21.8, 10],
        metadata: vectorMetadata(
          'Thái Nguyên basemap',
          dir ? 'Thái Nguyên from open data (../shared/geodata)' : 'fallback: Natural Earth only',
          vectorAttribution,
          layers.map((l) => ({ id: l.id, description: l.description, minzoom: l.minzoom, maxzoom: l.maxzoom, fields: fieldsOf(l) })),
        ),
      },
      layers.map((l) => l.id),
    );
  }
  const terrain = buildTerrain(dir);
  checkBudget(vector, VECTOR_BUDGET, mode === 'osm');
  checkBudget(terrain, TERRAIN_BUDGET, false);
  const info: BuildInfo = { mode, seconds: (performance.now() - started) / 1000, vector, terrain, ...(osm ? { source: osm } : {}) };
  writeBuildInfo(info);
  report(info);
}

main();
