// Messages between the planner and the routing worker. Replies are parsed with zod on the main thread: a
// worker is code of ours, but its messages cross a boundary like any other input.
import '../../domain/schema/zod-config.ts'; // English messages (and no eval), as for every schema module
import { z } from 'zod/mini';

export type LonLat = [number, number];
export type RoutingMode = 'coach' | 'car';

export type RoutingRequest =
  | { id: number; type: 'init'; graphUrl: string }
  | { id: number; type: 'legs'; mode: RoutingMode; pairs: [LonLat, LonLat][] }
  | { id: number; type: 'matrix'; mode: RoutingMode; points: LonLat[] };

const lonLat = z.tuple([z.number(), z.number()]);
export const RoadLegSchema = z.object({
  km: z.number().check(z.nonnegative()),
  minutes: z.number().check(z.nonnegative()),
  coords: z.array(lonLat),
  offRoadEstimate: z.boolean(),
});

export const RoutingReplySchema = z.discriminatedUnion('type', [
  z.object({ id: z.number(), type: z.literal('ready'), nodes: z.number(), edges: z.number() }),
  z.object({ id: z.number(), type: z.literal('legs'), legs: z.array(z.nullable(RoadLegSchema)) }),
  z.object({ id: z.number(), type: z.literal('matrix'), minutes: z.array(z.array(z.nullable(z.number()))), km: z.array(z.array(z.nullable(z.number()))) }),
  z.object({ id: z.number(), type: z.literal('error'), message: z.string() }),
]);
export type RoutingReply = z.infer<typeof RoutingReplySchema>;
