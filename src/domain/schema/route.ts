import { z } from 'zod/mini';
import { LocalizedTextSchema, SlugSchema, SourceSchema } from './common.ts';
import type { SiteFeature } from './site.ts';

/** How a leg is travelled. Coach = a class on a hired bus; walking = trails inside a relic cluster. */
export const LEG_MODES = ['coach', 'car', 'walking'] as const;
export const LegModeSchema = z.enum(LEG_MODES);
export type LegMode = z.infer<typeof LegModeSchema>;

const LonLatSchema = z
  .tuple([z.number(), z.number()], { error: 'must be [longitude, latitude]' })
  .check(z.refine((c) => c.every((n) => Number.isFinite(n)), { message: 'coordinates must be finite numbers' }));

/** A drawn leg path (GeoJSON LineString, lon/lat). */
export const LineStringSchema = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(LonLatSchema).check(z.minLength(2, { message: 'a LineString needs at least 2 positions' })),
});
export type LineString = z.infer<typeof LineStringSchema>;

export const RouteStopSchema = z.strictObject({
  site: SlugSchema,
  /** Minutes on site; 0 = passing through (e.g. walking back through a hub). */
  minutes: z.number().check(z.int(), z.minimum(0), z.maximum(600)),
});
export type RouteStop = z.infer<typeof RouteStopSchema>;

export const RouteLegSchema = z
  .strictObject({
    mode: LegModeSchema,
    /** Distance as a source states it, in km. Only for the exact pair of places the source names. */
    distanceKm: z.optional(z.number().check(z.positive(), z.maximum(500))),
    source: z.optional(SourceSchema),
    note: z.optional(LocalizedTextSchema),
    geometry: z.optional(LineStringSchema),
  })
  .check(
    z.superRefine((leg, ctx) => {
      if (leg.distanceKm !== undefined && leg.source === undefined) {
        ctx.addIssue({ code: 'custom', path: ['source'], message: 'a distanceKm must cite the source that gives it' });
      }
    }),
  );
export type RouteLeg = z.infer<typeof RouteLegSchema>;

export const RouteSchema = z
  .strictObject({
    id: SlugSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    stops: z.array(RouteStopSchema).check(z.minLength(2, { message: 'a route needs at least 2 stops' })),
    legs: z.array(RouteLegSchema),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.legs.length !== r.stops.length - 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['legs'],
          message: `a route with ${r.stops.length} stops needs ${Math.max(0, r.stops.length - 1)} legs, found ${r.legs.length}`,
        });
      }
    }),
  );
export type Route = z.infer<typeof RouteSchema>;

export const RoutesFileSchema = z
  .strictObject({ routes: z.array(RouteSchema) })
  .check(
    z.superRefine((f, ctx) => {
      const seen = new Set<string>();
      f.routes.forEach((r, i) => {
        if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['routes', i, 'id'], message: `duplicate route id "${r.id}"` });
        seen.add(r.id);
      });
    }),
  );
export type RoutesFile = z.infer<typeof RoutesFileSchema>;

export interface RouteProblem {
  path: (string | number)[];
  message: string;
}

/** Every stop must name a known site that has a map position (routes are drawn and timed). Pure. */
export function checkRouteReferences(
  routes: readonly Route[],
  sites: readonly Pick<SiteFeature, 'id' | 'geometry'>[],
): RouteProblem[] {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const problems: RouteProblem[] = [];
  routes.forEach((route, r) => {
    route.stops.forEach((stop, s) => {
      const site = byId.get(stop.site);
      const path = ['routes', r, 'stops', s, 'site'];
      if (site === undefined) {
        problems.push({ path, message: `route "${route.id}": unknown site "${stop.site}"` });
      } else if (site.geometry === null) {
        problems.push({ path, message: `route "${route.id}": site "${stop.site}" has no map position` });
      }
    });
  });
  return problems;
}
