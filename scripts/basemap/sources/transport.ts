// National roads with names and numbers, other roads, railways.
import { join } from 'node:path';
import { z } from 'zod';
import { feature, readFeatures, type Feature } from '../geojson.ts';
import { linesOf, mergeLines } from '../geometry.ts';
import type { LayerSource } from '../layer.ts';

const nationalProps = z.object({ ten: z.string(), loai_duong: z.string() });

/** "Quốc lộ 3" → "QL3", "Quốc lộ 1A" → "QL1A": the number shown in road shields. */
export function roadRef(name: string): string | undefined {
  const m = /^Quốc lộ\s+(\S+)$/u.exec(name.trim());
  return m ? `QL${m[1]}` : undefined;
}

export function transportLayers(dir: string): LayerSource[] {
  const roads: Feature[] = [];
  const railways: Feature[] = [];
  const national = readFeatures(join(dir, 'transport/national_roads_rail.geojson'));
  const byName = new Map<string, ReturnType<typeof linesOf>>();
  for (const f of national) {
    const p = nationalProps.parse(f.properties);
    const key = `${p.loai_duong === 'Đường sắt' ? 'rail' : 'road'}|${p.ten}`;
    byName.set(key, [...(byName.get(key) ?? []), ...linesOf(f.geometry)]);
  }
  for (const [key, pieces] of byName) {
    const [kind, name = ''] = key.split('|');
    for (const line of mergeLines(pieces)) {
      const geometry = { type: 'LineString' as const, coordinates: line };
      if (kind === 'rail') railways.push(feature(geometry, { kind: 'rail', name, _maxzoom: 10 }));
      else {
        const ref = roadRef(name);
        roads.push(feature(geometry, ref ? { kind: 'national', name, ref } : { kind: 'national', name }));
      }
    }
  }
  const minor = mergeLines(readFeatures(join(dir, 'transport/roads_osm2018.geojson')).flatMap((f) => linesOf(f.geometry)));
  for (const line of minor) roads.push(feature({ type: 'LineString', coordinates: line }, { kind: 'minor', _minzoom: 10 }));
  const rail = mergeLines(readFeatures(join(dir, 'transport/railways_osm2018.geojson')).flatMap((f) => linesOf(f.geometry)));
  for (const line of rail) railways.push(feature({ type: 'LineString', coordinates: line }, { kind: 'rail', _minzoom: 11 }));
  return [
    {
      id: 'roads',
      description: 'kind=national (name "Quốc lộ 3", ref "QL3", z6+) and kind=minor (unclassified OSM 2018, z10+)',
      minzoom: 6,
      maxzoom: 14,
      features: roads,
    },
    { id: 'railways', description: 'railways (named national lines to z10, OSM lines from z11)', minzoom: 8, maxzoom: 14, features: railways },
  ];
}
