// Where the routing build reads and writes (repo root is two levels up from this file).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GRAPH_PATH } from '../../src/domain/routing/graph-format.ts';

export const scriptsDir = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(scriptsDir, '..', '..');
/** public/routing/roads.v1.json: served and precached with the app; generated, gitignored. */
export const graphFile = join(repoRoot, 'public', GRAPH_PATH);
/** The build's report (figures for docs/routing.md and the bench); next to the graph, not fetched by the app. */
export const reportFile = join(repoRoot, 'public', 'routing', 'build-report.json');
export const sitesFile = join(repoRoot, 'data', 'sites.geojson');
