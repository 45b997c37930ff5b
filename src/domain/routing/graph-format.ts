// The road graph asset (public/routing/roads.v1.json): a versioned, packed JSON file written by
// scripts/routing and read by the routing worker. Coordinates are integers at 1e-5° (about 1 m), delta-encoded,
// so the file stays small and gzips well. The header is validated with zod; the packed arrays are checked for
// shape and range by decodeGraph (graph-decode.ts), so a corrupt file is a clear error, never a wrong route.
import '../schema/zod-config.ts'; // English messages (and no eval), as for every schema module
import { z } from 'zod/mini';

export const GRAPH_FORMAT = 'red-address-map/road-graph';
export const GRAPH_VERSION = 1;
/** Where the built app serves the graph (relative to the base URL); the version is part of the name. */
export const GRAPH_PATH = `routing/roads.v${GRAPH_VERSION}.json`;
/** Integer units per degree. */
export const COORD_SCALE = 1e5;

/**
 * Road kinds. `national` is a named Quốc lộ (CTU-SematX/LegoCity), `road` an unclassified OSM 2018 piece, `gap`
 * a short connector the build added between two pieces that did not quite meet. The OSM highway classes are
 * used when the graph is built from an OSM extract (`npm run routing -- --osm`).
 */
export const ROAD_KINDS = [
  'national',
  'road',
  'gap',
  'motorway',
  'trunk',
  'primary',
  'secondary',
  'tertiary',
  'unclassified',
  'residential',
  'service',
  'track',
] as const;
export type RoadKind = (typeof ROAD_KINDS)[number];

export const GraphHeaderSchema = z.strictObject({
  format: z.literal(GRAPH_FORMAT),
  version: z.literal(GRAPH_VERSION),
  /** What the graph was built from: the embedded geodata or an OSM extract (file name only). */
  source: z.string().check(z.minLength(1)),
  /** Hash of the inputs and build options: a new build of the same inputs gives the same file. */
  inputsHash: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  kinds: z.array(z.enum(ROAD_KINDS)).check(z.minLength(1)),
  nodeCount: z.number().check(z.int(), z.minimum(2)),
  edgeCount: z.number().check(z.int(), z.minimum(1)),
  vertexCount: z.number().check(z.int(), z.minimum(0)),
});
export type GraphHeader = z.infer<typeof GraphHeaderSchema>;

/**
 * - nodes: [lon0, lat0, dLon1, dLat1, …] integer deltas from the previous node;
 * - edges: 5 integers per edge: from node, to node, kind index (into header.kinds) × 2 + mountain (0/1), length
 *   in metres, number of inner vertices;
 * - vertices: the inner vertices of every edge in edge order, each pair a delta from the previous point of the
 *   same edge (the first from the edge's `from` node).
 */
export const GraphFileSchema = z.strictObject({
  header: GraphHeaderSchema,
  nodes: z.array(z.number().check(z.int())),
  edges: z.array(z.number().check(z.int())),
  vertices: z.array(z.number().check(z.int())),
});
export type GraphFile = z.infer<typeof GraphFileSchema>;

export const EDGE_STRIDE = 5;
