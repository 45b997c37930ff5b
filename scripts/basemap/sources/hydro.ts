// Rivers, streams and lakes.
import { join } from 'node:path';
import { feature, readFeatures, type Feature } from '../geojson.ts';
import { linesOf, mergeLines } from '../geometry.ts';
import type { LayerSource } from '../layer.ts';

export function hydroLayers(dir: string): LayerSource[] {
  const lakes = readFeatures(join(dir, 'hydro/lakes_coarse.geojson')).map((f) => feature(f.geometry, { kind: 'lake' }));
  const lines = (file: string): ReturnType<typeof mergeLines> =>
    mergeLines(readFeatures(join(dir, file)).flatMap((f) => linesOf(f.geometry)));
  const waterways: Feature[] = [
    ...lines('hydro/rivers_gshhg.geojson').map((c) => feature({ type: 'LineString', coordinates: c }, { kind: 'river' })),
    ...lines('hydro/streams_osm2018.geojson').map((c) =>
      feature({ type: 'LineString', coordinates: c }, { kind: 'stream', _minzoom: 11 }),
    ),
  ];
  return [
    { id: 'water', description: 'lakes', minzoom: 6, maxzoom: 14, features: lakes, minAreaPx: 16 },
    {
      id: 'waterways',
      description: 'river (main rivers, z7+) and stream (z11+) centrelines, unnamed',
      minzoom: 7,
      maxzoom: 14,
      features: waterways,
    },
  ];
}
