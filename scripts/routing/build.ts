// npm run routing [-- --if-stale] [-- --osm <extract.osm.pbf>]
// Builds the road graph public/routing/roads.v1.json from ../shared/geodata/transport (or an OSM extract), snaps
// every located site to it and writes a report of what it did (public/routing/build-report.json).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { decodeGraph } from '../../src/domain/routing/graph-codec.ts';
import { createRouter } from '../../src/domain/routing/router.ts';
import { provinceBBox } from '../basemap/coverage.ts';
import { geodataDir } from '../basemap/paths.ts';
import { isStale } from '../basemap/stale.ts';
import { graphFileOf } from './graph-file.ts';
import { DEFAULT_NETWORK_OPTIONS } from './network.ts';
import { graphFile, reportFile, scriptsDir, sitesFile } from './paths.ts';
import { GEODATA_ROAD_FILES, geodataRoads, osmRoads } from './sources.ts';

const sitesSchema = z.object({
  features: z.array(z.object({ id: z.string(), geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }).nullable() })),
});

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function main(): void {
  const { values } = parseArgs({ options: { 'if-stale': { type: 'boolean' }, osm: { type: 'string' } } });
  const dir = geodataDir();
  const osm = values.osm === undefined ? undefined : resolve(values.osm);
  const inputs = [
    ...(osm !== undefined ? [osm] : dir !== undefined ? GEODATA_ROAD_FILES.map((f) => join(dir, f)) : []),
    sitesFile,
    scriptsDir,
    join(scriptsDir, '..', '..', 'src', 'domain', 'routing'),
  ];
  if (values['if-stale'] && osm === undefined && !isStale(inputs, [graphFile, reportFile])) {
    console.log('routing: up to date');
    return;
  }
  if (osm === undefined && dir === undefined) {
    // No geodata: no graph. The planner then shows every leg as an estimate, with a notice.
    console.warn('routing: ../shared/geodata not found; no road graph built (legs will be estimates)');
    return;
  }
  const started = Date.now();
  const lines = osm !== undefined ? osmRoads(osm, provinceBBox) : geodataRoads(dir as string);
  const source = osm !== undefined ? `osm:${basename(osm)}` : 'geodata:transport';
  const hashParts = osm !== undefined ? [readFileSync(osm).toString('base64')] : GEODATA_ROAD_FILES.map((f) => readFileSync(join(dir as string, f), 'utf8'));
  const { file, report: netReport } = graphFileOf(lines, source, hashParts);
  const text = JSON.stringify(file);
  // Read back what we wrote, through the app's own decoder, and snap the sites with the app's router.
  const decoded = decodeGraph(JSON.parse(text));
  if (!decoded.ok) throw new Error(decoded.message);
  const router = createRouter(decoded.graph);
  const sites = sitesSchema.parse(JSON.parse(readFileSync(sitesFile, 'utf8')));
  const snaps = sites.features.flatMap((f) => {
    if (f.geometry === null) return [];
    const s = router.snap(f.geometry.coordinates[0], f.geometry.coordinates[1]);
    return [{ site: f.id, snapM: s === null ? null : Math.round(s.distanceM) }];
  });
  const bytes = Buffer.byteLength(text);
  const report = {
    source,
    inputsHash: file.header.inputsHash,
    options: DEFAULT_NETWORK_OPTIONS,
    ...netReport,
    totalKm: Math.round(netReport.totalKm),
    largestComponentShare: Number(netReport.largestComponentShare.toFixed(4)),
    bytes,
    gzipBytes: gzipSync(text, { level: 9 }).length,
    sites: snaps,
    seconds: (Date.now() - started) / 1000,
  };
  writeAtomically(graphFile, text);
  writeAtomically(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const far = snaps.filter((s) => s.snapM === null || s.snapM > 1000);
  console.log(
    `routing: ${source}: ${report.nodes} nodes, ${report.edges} edges, ${report.components} components ` +
      `(largest ${(report.largestComponentShare * 100).toFixed(1)} % of ${report.totalKm} km), ` +
      `${report.crossingsSplit} crossings split, ${report.endsJoined} ends joined, ` +
      `${report.bridgedGaps.count} gaps bridged (max ${Math.round(report.bridgedGaps.maxM)} m), ` +
      `${report.islandsDropped.count} islands dropped (${report.islandsDropped.km.toFixed(1)} km); ` +
      `${(bytes / 1024).toFixed(0)} KB, ${(report.gzipBytes / 1024).toFixed(0)} KB gzip; ` +
      `${snaps.length} sites snapped, ${far.length} farther than 1 km from a road (${far.map((s) => `${s.site} ${s.snapM ?? '?'} m`).join(', ') || 'none'})`,
  );
}

main();
