// Packing and unpacking the road graph asset (format in graph-format.ts). Pure: the build writes with
// encodeGraph, the routing worker reads with decodeGraph; a round trip gives back the same network.
import {
  COORD_SCALE,
  EDGE_STRIDE,
  GraphFileSchema,
  type GraphFile,
  type GraphHeader,
  type RoadKind,
} from './graph-format.ts';

/** A decoded graph: plain typed arrays, coordinates in degrees. */
export interface RoadGraph {
  header: GraphHeader;
  /** lon, lat per node */
  nodeLonLat: Float64Array;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeKind: RoadKind[];
  edgeMountain: Uint8Array;
  edgeLengthM: Float64Array;
  /** Edge e's full polyline (both end nodes included) is points edgeStart[e] .. edgeStart[e+1]-1 of `points`. */
  edgeStart: Int32Array;
  /** lon, lat per polyline point */
  points: Float64Array;
}

export interface EncodableEdge {
  from: number;
  to: number;
  kind: RoadKind;
  mountain: boolean;
  lengthM: number;
  /** Full polyline in integer units (1e-5°), both ends included and equal to the end nodes. */
  coords: readonly (readonly [number, number])[];
}

export function encodeGraph(
  meta: Pick<GraphHeader, 'source' | 'inputsHash'>,
  nodes: readonly (readonly [number, number])[],
  edges: readonly EncodableEdge[],
): GraphFile {
  const kinds = [...new Set(edges.map((e) => e.kind))];
  const nodeArr: number[] = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of nodes) {
    nodeArr.push(x - px, y - py);
    [px, py] = [x, y];
  }
  const edgeArr: number[] = [];
  const vertices: number[] = [];
  for (const e of edges) {
    const inner = e.coords.slice(1, -1);
    edgeArr.push(e.from, e.to, kinds.indexOf(e.kind) * 2 + (e.mountain ? 1 : 0), Math.round(e.lengthM), inner.length);
    let [qx, qy] = e.coords[0] ?? [0, 0];
    for (const [x, y] of inner) {
      vertices.push(x - qx, y - qy);
      [qx, qy] = [x, y];
    }
  }
  return {
    header: {
      format: 'red-address-map/road-graph',
      version: 1,
      source: meta.source,
      inputsHash: meta.inputsHash,
      kinds,
      nodeCount: nodes.length,
      edgeCount: edges.length,
      vertexCount: vertices.length / 2,
    },
    nodes: nodeArr,
    edges: edgeArr,
    vertices,
  };
}

export type DecodeResult = { ok: true; graph: RoadGraph } | { ok: false; message: string };

/** Validates (zod for the structure, then counts and index ranges) and unpacks; never throws. */
export function decodeGraph(json: unknown): DecodeResult {
  const parsed = GraphFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `road graph: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  const { header, nodes, edges, vertices } = parsed.data;
  const fail = (message: string): DecodeResult => ({ ok: false, message: `road graph: ${message}` });
  if (nodes.length !== header.nodeCount * 2) return fail(`nodes hold ${nodes.length / 2} points, header says ${header.nodeCount}`);
  if (edges.length !== header.edgeCount * EDGE_STRIDE) return fail(`edges hold ${edges.length / EDGE_STRIDE}, header says ${header.edgeCount}`);
  if (vertices.length !== header.vertexCount * 2) return fail(`vertices hold ${vertices.length / 2}, header says ${header.vertexCount}`);

  const nodeInt = new Int32Array(nodes.length);
  let x = 0;
  let y = 0;
  for (let i = 0; i < nodes.length; i += 2) {
    x += nodes[i] as number;
    y += nodes[i + 1] as number;
    nodeInt[i] = x;
    nodeInt[i + 1] = y;
  }
  const nodeLonLat = Float64Array.from(nodeInt, (v) => v / COORD_SCALE);
  for (let i = 0; i < nodeLonLat.length; i += 2) {
    if (Math.abs(nodeLonLat[i] as number) > 180 || Math.abs(nodeLonLat[i + 1] as number) > 90) return fail(`node ${i / 2} is off the globe`);
  }

  const n = header.edgeCount;
  const edgeFrom = new Int32Array(n);
  const edgeTo = new Int32Array(n);
  const edgeKind: RoadKind[] = [];
  const edgeMountain = new Uint8Array(n);
  const edgeLengthM = new Float64Array(n);
  const edgeStart = new Int32Array(n + 1);
  let innerTotal = 0;
  for (let e = 0; e < n; e++) {
    const o = e * EDGE_STRIDE;
    const [from, to, kindCode, len, inner] = edges.slice(o, o + EDGE_STRIDE) as [number, number, number, number, number];
    if (from < 0 || from >= header.nodeCount || to < 0 || to >= header.nodeCount) return fail(`edge ${e} names a node that does not exist`);
    const kind = header.kinds[kindCode >> 1];
    if (kindCode < 0 || kind === undefined) return fail(`edge ${e} has an unknown kind ${kindCode}`);
    if (len < 0 || inner < 0) return fail(`edge ${e} has a negative length or vertex count`);
    edgeFrom[e] = from;
    edgeTo[e] = to;
    edgeKind.push(kind);
    edgeMountain[e] = kindCode & 1;
    edgeLengthM[e] = len;
    edgeStart[e] = innerTotal + 2 * e;
    innerTotal += inner;
  }
  if (innerTotal !== header.vertexCount) return fail(`edges use ${innerTotal} inner vertices, the file holds ${header.vertexCount}`);
  edgeStart[n] = innerTotal + 2 * n;

  const points = new Float64Array(edgeStart[n] * 2);
  let v = 0;
  for (let e = 0; e < n; e++) {
    const from = edgeFrom[e] as number;
    const to = edgeTo[e] as number;
    let px = nodeInt[from * 2] as number;
    let py = nodeInt[from * 2 + 1] as number;
    let k = (edgeStart[e] as number) * 2;
    points[k++] = px / COORD_SCALE;
    points[k++] = py / COORD_SCALE;
    const inner = (edgeStart[e + 1] as number) - (edgeStart[e] as number) - 2;
    for (let i = 0; i < inner; i++) {
      px += vertices[v++] as number;
      py += vertices[v++] as number;
      points[k++] = px / COORD_SCALE;
      points[k++] = py / COORD_SCALE;
    }
    points[k++] = (nodeInt[to * 2] as number) / COORD_SCALE;
    points[k++] = (nodeInt[to * 2 + 1] as number) / COORD_SCALE;
  }
  return { ok: true, graph: { header, nodeLonLat, edgeFrom, edgeTo, edgeKind, edgeMountain, edgeLengthM, edgeStart, points } };
}
