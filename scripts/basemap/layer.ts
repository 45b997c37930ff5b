// The shape every input family produces: one vector layer with its zooms and features.
import type { Feature } from './geojson.ts';

export interface LayerSource {
  id: string;
  description: string;
  minzoom: number;
  maxzoom: number;
  /** Feature properties `_minzoom` / `_maxzoom` narrow a feature's zooms inside the layer; they are not written. */
  features: Feature[];
  /** geojson-vt simplification tolerance in tile extent units (4096 per tile; 8 ≈ one screen pixel). */
  tolerance?: number;
  /** drop polygons smaller than this many square screen pixels (512-px tiles) */
  minAreaPx?: number;
}

/** Field names and types for the archive's `vector_layers` metadata. */
export function fieldsOf(layer: LayerSource): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const f of layer.features) {
    for (const [k, v] of Object.entries(f.properties)) {
      if (!k.startsWith('_')) fields[k] = typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : 'String';
    }
  }
  return fields;
}

/** Every layer the style may use. Each archive declares all of them, so that one style fits every build. */
export const LAYER_IDS = [
  'countries',
  'water',
  'admin',
  'admin_labels',
  'landuse',
  'buildings',
  'waterways',
  'roads',
  'railways',
  'places',
  'pois',
  'contours',
] as const;

export interface VectorLayerInfo {
  id: string;
  description?: string;
  minzoom: number;
  maxzoom: number;
  fields: Record<string, string>;
}

/** The built layers plus an empty entry for each schema layer this build has no data for. */
export function declareAll(built: readonly VectorLayerInfo[]): VectorLayerInfo[] {
  const have = new Set(built.map((l) => l.id));
  const missing = LAYER_IDS.filter((id) => !have.has(id)).map((id) => ({
    id,
    description: 'no data in this build',
    minzoom: 14,
    maxzoom: 14,
    fields: {},
  }));
  return [...built, ...missing];
}
