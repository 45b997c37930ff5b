// GeoJSON read from disk is external input: parse it with zod, keep only the geometry types we tile.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const line = z.array(position).min(2);
const ring = z.array(position).min(4);

export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position) }),
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)) }),
]);
export type Geometry = z.infer<typeof geometrySchema>;
export type Position = z.infer<typeof position>;

export type PropValue = string | number | boolean;
export type Props = Record<string, PropValue>;

export interface Feature {
  type: 'Feature';
  geometry: Geometry;
  properties: Props;
}

const featureSchema = z.object({
  type: z.literal('Feature'),
  geometry: geometrySchema.nullable(),
  properties: z.record(z.string(), z.unknown()).nullable(),
});
const collectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(featureSchema) });

export interface RawFeature {
  geometry: Geometry;
  properties: Record<string, unknown>;
}

/** Features with a geometry, with their raw properties for the caller to parse. */
export function readFeatures(file: string): RawFeature[] {
  const parsed = collectionSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.features.flatMap((f) => (f.geometry ? [{ geometry: f.geometry, properties: f.properties ?? {} }] : []));
}

export function feature(geometry: Geometry, properties: Props): Feature {
  return { type: 'Feature', geometry, properties };
}
