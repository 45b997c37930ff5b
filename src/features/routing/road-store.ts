// The planner's side of the routing worker: starts it on first use (never on first load: only planner code
// imports this), asks for the legs a view needs, and keeps the answers in one cache that every view reads (the
// panel, the map layers, the print view and the exports), so they always agree. A failing worker, a missing or
// corrupt graph, or no path leaves the leg out of the cache: the timetable then shows it as an estimate.
import { GRAPH_PATH } from '../../domain/routing/graph-format.ts';
import type { RoadLeg, RoadLookup } from '../../domain/routing/leg-basis.ts';
import { RoutingReplySchema, type LonLat, type RoutingMode, type RoutingReply, type RoutingRequest } from './protocol.ts';

export type RoadStatus = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

type Pending = (reply: RoutingReply) => void;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

const legs = new Map<string, RoadLeg | null>();
const asked = new Set<string>();
const listeners = new Set<() => void>();
const pending = new Map<number, Pending>();
let version = 0;
let status: RoadStatus = { kind: 'idle' };
let worker: Worker | null = null;
let nextId = 1;

const round = (p: readonly [number, number]): string => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
const keyOf = (from: readonly [number, number], to: readonly [number, number], mode: RoutingMode): string => `${round(from)}>${round(to)}:${mode}`;

function changed(): void {
  version++;
  for (const l of listeners) l();
}

function fail(message: string): void {
  status = { kind: 'failed', message };
  for (const [, resolve] of pending) resolve({ id: 0, type: 'error', message });
  pending.clear();
  worker?.terminate();
  worker = null;
  changed();
}

function send(req: DistributiveOmit<RoutingRequest, 'id'>): Promise<RoutingReply> {
  const w = start();
  if (w === null) return Promise.resolve({ id: 0, type: 'error', message: status.kind === 'failed' ? status.message : 'no worker' });
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ ...req, id } as RoutingRequest);
  });
}

/** The worker, started once; null after it failed (the planner stays on estimates for the session). */
function start(): Worker | null {
  if (worker !== null) return worker;
  if (status.kind === 'failed') return null;
  try {
    worker = new Worker(new URL('./routing.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
    return null;
  }
  status = { kind: 'loading' };
  worker.onmessage = (e: MessageEvent<unknown>) => {
    const parsed = RoutingReplySchema.safeParse(e.data);
    if (!parsed.success) return fail('routing worker: malformed reply');
    const reply = parsed.data;
    const resolve = pending.get(reply.id);
    pending.delete(reply.id);
    resolve?.(reply);
  };
  worker.onerror = (e) => fail(e.message || 'routing worker failed');
  const w = worker;
  const graphUrl = new URL(GRAPH_PATH, document.baseURI).href;
  const id = nextId++;
  pending.set(id, (reply) => {
    if (reply.type === 'ready') {
      status = { kind: 'ready' };
      changed();
    } else if (reply.type === 'error') fail(reply.message);
  });
  w.postMessage({ id, type: 'init', graphUrl } satisfies RoutingRequest);
  return w;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function roadVersion(): number {
  return version;
}

export function roadStatus(): RoadStatus {
  return status;
}

/** The cached road leg for a pair (null until the worker answered, or when it found no path). */
export const roadLookup: RoadLookup = (from, to, mode) => legs.get(keyOf(from, to, mode)) ?? null;

/** Asks the worker for every pair not asked yet, in one message; the views re-render when answers arrive. */
export function requestLegs(pairs: readonly (readonly [LonLat, LonLat])[], mode: RoutingMode): void {
  const missing = pairs.filter(([a, b]) => !asked.has(keyOf(a, b, mode)));
  if (missing.length === 0 || status.kind === 'failed') return;
  for (const [a, b] of missing) asked.add(keyOf(a, b, mode));
  void send({ type: 'legs', mode, pairs: missing.map(([a, b]) => [a, b]) }).then((reply) => {
    if (reply.type !== 'legs') return;
    missing.forEach(([a, b], i) => legs.set(keyOf(a, b, mode), reply.legs[i] ?? null));
    changed();
  });
}

/** Road minutes and km between all points, or null when the worker cannot answer (then the optimiser estimates). */
export async function roadMatrix(points: readonly LonLat[], mode: RoutingMode): Promise<{ minutes: (number | null)[][]; km: (number | null)[][] } | null> {
  const reply = await send({ type: 'matrix', mode, points: points.map((p) => [p[0], p[1]]) });
  return reply.type === 'matrix' ? { minutes: reply.minutes, km: reply.km } : null;
}

/** For tests: forget everything (the worker too). */
export function resetRoadStore(): void {
  worker?.terminate();
  worker = null;
  legs.clear();
  asked.clear();
  pending.clear();
  status = { kind: 'idle' };
  changed();
}
