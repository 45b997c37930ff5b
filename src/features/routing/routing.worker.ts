// The routing worker: loads the road graph once (the service worker has it precached), then answers leg routes
// and road-minute matrices off the main thread. Any failure is an `error` reply; the planner then estimates.
import { decodeGraph } from '../../domain/routing/graph-codec.ts';
import { createRouter, type Router } from '../../domain/routing/router.ts';
import type { RoutingReply, RoutingRequest } from './protocol.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<RoutingRequest>) => void) | null;
  postMessage: (m: RoutingReply) => void;
}
const scope = self as unknown as WorkerScope;

let router: Promise<Router> | null = null;

async function load(url: string): Promise<Router> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`road graph: HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error('road graph: not valid JSON');
  }
  const decoded = decodeGraph(json);
  if (!decoded.ok) throw new Error(decoded.message);
  return createRouter(decoded.graph);
}

async function answer(req: RoutingRequest): Promise<RoutingReply> {
  if (req.type === 'init') {
    router ??= load(req.graphUrl);
    const r = await router;
    return { id: req.id, type: 'ready', nodes: r.graph.header.nodeCount, edges: r.graph.header.edgeCount };
  }
  if (router === null) throw new Error('routing worker: not initialised');
  const r = await router;
  if (req.type === 'legs') {
    const legs = req.pairs.map(([a, b]) => {
      const route = r.route(a, b, req.mode);
      return route === null ? null : { km: route.km, minutes: route.minutes, coords: route.coords, offRoadEstimate: route.offRoadEstimate };
    });
    return { id: req.id, type: 'legs', legs };
  }
  const { minutes, km } = r.matrix(req.points, req.mode);
  return { id: req.id, type: 'matrix', minutes, km };
}

scope.onmessage = (e) => {
  const req = e.data;
  answer(req).then(
    (reply) => scope.postMessage(reply),
    (err: unknown) => scope.postMessage({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
};
