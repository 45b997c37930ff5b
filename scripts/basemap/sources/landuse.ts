// Land-use polygons from OSM 2018 (their names are internal codes, so they are not kept).
import { join } from 'node:path';
import { z } from 'zod';
import { feature, readFeatures } from '../geojson.ts';
import type { LayerSource } from '../layer.ts';

const props = z.object({ fclass: z.string() });

export function landuseLayers(dir: string): LayerSource[] {
  const features = readFeatures(join(dir, 'landuse/landuse_osm2018.geojson')).map((f) =>
    feature(f.geometry, { kind: props.parse(f.properties).fclass }),
  );
  return [{ id: 'landuse', description: 'kind = OSM fclass: forest, farm, residential, industrial, park…', minzoom: 10, maxzoom: 14, features, minAreaPx: 64 }];
}
