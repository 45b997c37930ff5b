// Road lines → the packed graph file (network join/split/bridge, terrain per edge, versioned header).
import { createHash } from 'node:crypto';
import { PLAIN_LON_MAX, PLAIN_LON_MIN } from '../../src/domain/plan/terrain.ts';
import { encodeGraph } from '../../src/domain/routing/graph-codec.ts';
import { COORD_SCALE, type GraphFile } from '../../src/domain/routing/graph-format.ts';
import { buildNetwork, DEFAULT_NETWORK_OPTIONS, type NetworkOptions, type NetworkReport, type RoadLine } from './network.ts';

/** The middle of an edge's polyline decides its terrain (the plan's longitude rule, src/domain/plan/terrain.ts). */
function mountainOf(coords: readonly (readonly [number, number])[]): boolean {
  const mid = coords[Math.floor(coords.length / 2)] ?? [0, 0];
  const lon = mid[0] / COORD_SCALE;
  return lon < PLAIN_LON_MIN || lon > PLAIN_LON_MAX;
}

export function inputsHash(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
}

export function graphFileOf(
  lines: readonly RoadLine[],
  source: string,
  hashParts: readonly string[],
  options: NetworkOptions = DEFAULT_NETWORK_OPTIONS,
): { file: GraphFile; report: NetworkReport } {
  const net = buildNetwork(lines, options);
  const file = encodeGraph(
    { source, inputsHash: inputsHash([source, JSON.stringify(options), ...hashParts]) },
    net.nodes,
    net.edges.map((e) => ({ ...e, mountain: mountainOf(e.coords) })),
  );
  return { file, report: net.report };
}
