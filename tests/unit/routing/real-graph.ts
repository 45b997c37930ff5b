// The real road graph, built in memory from ../shared/geodata exactly as `npm run routing` builds it (so the
// test does not depend on a previous build), decoded by the app's decoder. Built once per test file.
import { decodeGraph, type RoadGraph } from '../../../src/domain/routing/graph-codec.ts';
import type { GraphFile } from '../../../src/domain/routing/graph-format.ts';
import { createRouter, type Router } from '../../../src/domain/routing/router.ts';
import { geodataDir } from '../../../scripts/basemap/paths.ts';
import { graphFileOf } from '../../../scripts/routing/graph-file.ts';
import { geodataRoads } from '../../../scripts/routing/sources.ts';

let cached: { file: GraphFile; graph: RoadGraph; router: Router } | undefined;

export function realGraph(): { file: GraphFile; graph: RoadGraph; router: Router } {
  if (cached !== undefined) return cached;
  const dir = geodataDir();
  if (dir === undefined) throw new Error('../shared/geodata is missing: the real-graph tests need it');
  const { file } = graphFileOf(geodataRoads(dir), 'geodata:transport', []);
  const decoded = decodeGraph(JSON.parse(JSON.stringify(file)));
  if (!decoded.ok) throw new Error(decoded.message);
  cached = { file, graph: decoded.graph, router: createRouter(decoded.graph) };
  return cached;
}
