// Placeholder replaced below.
import type { BBox } from './coverage.ts';
import type { TileInput } from './pmtiles-writer.ts';
export interface OsmLayerInfo { id: string; minzoom: number; maxzoom: number; fields: Record<string, string> }
export function buildFromOsm(_file: string, _bbox: BBox): { tiles: TileInput[]; layers: OsmLayerInfo[] } {
  throw new Error('not yet');
}
