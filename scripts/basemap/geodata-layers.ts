// All vector layers of the embedded basemap, from the geodata folder (or world-atlas alone as a fallback).
import { join } from 'node:path';
import { provinceBBox } from './coverage.ts';
import { filledDem } from './dem.ts';
import type { LayerSource } from './layer.ts';
import { adminLayers } from './sources/admin.ts';
import { hydroLayers } from './sources/hydro.ts';
import { landuseLayers } from './sources/landuse.ts';
import { placeLayers } from './sources/places.ts';
import { reliefLayers } from './sources/relief.ts';
import { transportLayers } from './sources/transport.ts';
import { worldLayers } from './sources/world.ts';
import { mergeLayers } from './vector-tiles.ts';

export const FALLBACK_MAX_ZOOM = 9;

/** Vector layers from the geodata folder, or from world-atlas alone when dir is undefined. */
export function geodataLayers(dir: string | undefined): LayerSource[] {
  if (!dir) return mergeLayers(worldLayers(FALLBACK_MAX_ZOOM));
  const dem = filledDem(join(dir, 'dem/N21E105.hgt'));
  return mergeLayers([
    ...worldLayers(9),
    ...adminLayers(dir),
    ...hydroLayers(dir, dem, provinceBBox),
    ...landuseLayers(dir),
    ...transportLayers(dir),
    ...placeLayers(dir, dem),
    ...reliefLayers(dem, provinceBBox),
  ]);
}

