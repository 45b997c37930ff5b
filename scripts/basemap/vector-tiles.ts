// Slices layers into Mapbox Vector Tiles with geojson-vt, encodes them with vt-pbf, gzips them.
import { gzipSync } from 'node:zlib';
import { GeoJSONVT, type GeoJSONVTFeature, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromVectorTileJs, GeoJSONWrapper } from '@maplibre/vt-pbf';
import { tilesInBBox, type BBox, type TileXY } from './coverage.ts';
import type { Feature } from './geojson.ts';
import type { LayerSource } from './layer.ts';
import type { TileInput } from './pmtiles-writer.ts';

export const EXTENT = 4096;
/** extent units per screen pixel: MapLibre draws vector tiles 512 px wide */
const UNITS_PER_PX = EXTENT / 512;

/** Layers of the same id from several inputs become one, each feature keeping the zooms of its own input. */
export function mergeLayers(layers: readonly LayerSource[]): LayerSource[] {
  const byId = new Map<string, LayerSource>();
  for (const layer of layers) {
    const features = layer.features.map((f): Feature => {
      const min = Math.max(layer.minzoom, num(f.properties._minzoom) ?? layer.minzoom);
      const max = Math.min(layer.maxzoom, num(f.properties._maxzoom) ?? layer.maxzoom);
      return { ...f, properties: { ...f.properties, _minzoom: min, _maxzoom: max } };
    });
    const seen = byId.get(layer.id);
    if (!seen) {
      byId.set(layer.id, { ...layer, features });
      continue;
    }
    byId.set(layer.id, {
      ...seen,
      description: `${seen.description}; ${layer.description}`,
      minzoom: Math.min(seen.minzoom, layer.minzoom),
      maxzoom: Math.max(seen.maxzoom, layer.maxzoom),
      features: [...seen.features, ...features],
      tolerance: Math.min(seen.tolerance ?? 6, layer.tolerance ?? 6),
      minAreaPx: Math.max(seen.minAreaPx ?? 0, layer.minAreaPx ?? 0),
    });
  }
  return [...byId.values()];
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

function polygonAreaPx(f: GeoJSONVTFeature): number {
  if (f.type !== 3) return Infinity;
  let sum = 0;
  for (const ring of f.geometry) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const p = ring[i];
      const q = ring[j];
      if (p && q) sum += (q[0] - p[0]) * (q[1] + p[1]);
    }
  }
  return Math.abs(sum / 2) / (UNITS_PER_PX * UNITS_PER_PX);
}

/** The features of a tile that belong at zoom z, without the build-only `_` properties. */
function keep(tile: GeoJSONVTTile, z: number, minAreaPx: number): GeoJSONVTFeature[] {
  const out: GeoJSONVTFeature[] = [];
  for (const f of tile.features) {
    const tags = f.tags ?? {};
    if (z < (num(tags._minzoom) ?? 0) || z > (num(tags._maxzoom) ?? 99)) continue;
    if (minAreaPx > 0 && polygonAreaPx(f) < minAreaPx) continue;
    const clean = Object.fromEntries(Object.entries(tags).filter(([k]) => !k.startsWith('_')));
    out.push({ ...f, tags: clean });
  }
  return out;
}

/** MVT version 2 protobuf of named layers of tile-coordinate features. */
export function encode(layers: Record<string, GeoJSONVTFeature[]>): Uint8Array {
  const wrapped: Record<string, GeoJSONWrapper> = {};
  for (const [name, features] of Object.entries(layers)) {
    const layer = new GeoJSONWrapper(features, { version: 2, extent: EXTENT });
    layer.name = name;
    wrapped[name] = layer;
  }
  return fromVectorTileJs({ layers: wrapped });
}

export interface VectorBuild {
  tiles: TileInput[];
}

/** Every tile of each zoom over the box that zoom covers. */
export function tileGrid(zooms: { min: number; max: number }, bboxAt: (z: number) => BBox): TileXY[] {
  const out: TileXY[] = [];
  for (let z = zooms.min; z <= zooms.max; z++) out.push(...tilesInBBox(bboxAt(z), z));
  return out;
}

export function vectorTiles(layers: readonly LayerSource[], grid: readonly TileXY[]): VectorBuild {
  const maxZ = grid.reduce((m, t) => Math.max(m, t.z), 0);
  const indexed = layers.map((layer) => ({
    layer,
    index: new GeoJSONVT(
      { type: 'FeatureCollection', features: layer.features },
      { maxZoom: maxZ, indexMaxZoom: 6, tolerance: layer.tolerance ?? 6, extent: EXTENT, buffer: 64 },
    ),
  }));
  const tiles: TileInput[] = [];
  for (const { z, x, y } of grid) {
    const parts: Record<string, GeoJSONVTFeature[]> = {};
    for (const { layer, index } of indexed) {
      if (z < layer.minzoom || z > layer.maxzoom) continue;
      const tile = index.getTile(z, x, y);
      if (!tile) continue;
      const features = keep(tile, z, layer.minAreaPx ?? 0);
      if (features.length > 0) parts[layer.id] = features;
    }
    if (Object.keys(parts).length === 0) continue;
    tiles.push({ z, x, y, data: gzipSync(encode(parts), { level: 9 }) });
  }
  return { tiles };
}
