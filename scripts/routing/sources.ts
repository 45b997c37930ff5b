// Road polylines for the graph: from the embedded geodata (OSM 2018 pieces + named national roads), or from an
// OSM extract (clipped with osmium, `highway` ways exported as GeoJSON lines; Debian package osmium-tool).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROAD_KINDS, type RoadKind } from '../../src/domain/routing/graph-format.ts';
import { readFeatures } from '../basemap/geojson.ts';
import type { BBox } from '../basemap/coverage.ts';
import type { Lonlat, RoadLine } from './network.ts';

export const GEODATA_ROAD_FILES = ['transport/roads_osm2018.geojson', 'transport/national_roads_rail.geojson'] as const;

function linesOf(geometry: ReturnType<typeof readFeatures>[number]['geometry']): Lonlat[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates.map(([x, y]) => [x, y] as Lonlat)];
  if (geometry.type === 'MultiLineString') return geometry.coordinates.map((l) => l.map(([x, y]) => [x, y] as Lonlat));
  return [];
}

/** The embedded geodata: every OSM 2018 piece as `road`, every Quốc lộ (not the railways) as `national`. */
export function geodataRoads(dir: string): RoadLine[] {
  const [pieces, national] = GEODATA_ROAD_FILES.map((f) => readFeatures(join(dir, f)));
  const out: RoadLine[] = [];
  for (const f of pieces ?? []) for (const coords of linesOf(f.geometry)) out.push({ coords, kind: 'road' });
  for (const f of national ?? []) {
    if (f.properties.loai_duong !== 'Đường chính') continue;
    for (const coords of linesOf(f.geometry)) out.push({ coords, kind: 'national' });
  }
  return out;
}

/** OSM highway values we route on, mapped to our kinds (links count as their road). */
export function kindOfHighway(highway: string): RoadKind | null {
  const base = highway.replace(/_link$/, '');
  if (base === 'living_street' || base === 'road') return 'residential';
  return (ROAD_KINDS as readonly string[]).includes(base) && !['national', 'road', 'gap'].includes(base) ? (base as RoadKind) : null;
}

function run(tool: string, args: string[]): void {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    throw new Error(`${tool} failed (Debian: apt-get install osmium-tool): ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** An OSM extract (.osm.pbf or .osm): highway ways inside the bbox as lines with their kind. */
export function osmRoads(extract: string, bbox: BBox): RoadLine[] {
  if (!existsSync(extract)) throw new Error(`OSM extract not found: ${extract}`);
  const work = mkdtempSync(join(tmpdir(), 'routing-osm-'));
  try {
    const clipped = join(work, 'clipped.osm.pbf');
    const roads = join(work, 'roads.osm.pbf');
    const lines = join(work, 'roads.geojson');
    run('osmium', ['extract', '--bbox', bbox.join(','), '--overwrite', '-o', clipped, extract]);
    run('osmium', ['tags-filter', '--overwrite', '-o', roads, clipped, 'w/highway']);
    run('osmium', ['export', '--overwrite', '--geometry-types=linestring', '-o', lines, roads]);
    if (!existsSync(lines) || readFileSync(lines, 'utf8').trim() === '') return [];
    const out: RoadLine[] = [];
    for (const f of readFeatures(lines)) {
      const highway = f.properties.highway;
      const kind = typeof highway === 'string' ? kindOfHighway(highway) : null;
      if (kind === null) continue;
      for (const coords of linesOf(f.geometry)) out.push({ coords, kind });
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
