import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The small locator map of the preview images, from our own open data (../shared/geodata, see its MANIFEST.md):
 * the outline of Thái Nguyên before 1/7/2025 (admin/region_provinces.geojson) and the former Định Hóa district
 * (admin/thai_nguyen_districts.geojson), projected once to a pixel box and thinned to whole pixels. Read with zod;
 * without the folder (a checkout without shared/) the map is only a frame with the point.
 */
const Ring = z.array(z.tuple([z.number(), z.number()]).rest(z.number()));
const Geometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring)) }),
]);
const Collection = z.object({
  features: z.array(z.object({ properties: z.object({ name: z.string() }).passthrough(), geometry: Geometry })),
});

type Polygon = [number, number][][];

export interface Locator {
  width: number;
  height: number;
  /** SVG path data (pixels) of the province and of Định Hóa; empty without the geodata. */
  province: string;
  dinhHoa: string;
  /** lon/lat → pixels in the box. */
  project: (lon: number, lat: number) => [number, number];
}

export function geodataDir(root: string): string {
  return join(root, '..', 'shared', 'geodata');
}

function polygons(file: string, name: string): Polygon[] {
  if (!existsSync(file)) return [];
  const parsed = Collection.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not the GeoJSON of admin areas the locator map expects`);
  const f = parsed.data.features.find((x) => x.properties.name === name);
  if (!f) return [];
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polys.map((p) => p.map((ring) => ring.map(([lon, lat]) => [lon, lat] as [number, number])));
}

/** Projection fitted to the province (and the given points), equirectangular at the province's latitude. */
export function makeLocator(root: string, width: number, height: number, points: readonly [number, number][], pad = 12): Locator {
  const dir = geodataDir(root);
  const province = polygons(join(dir, 'admin', 'region_provinces.geojson'), 'Tỉnh Thái Nguyên');
  const dinhHoa = polygons(join(dir, 'admin', 'thai_nguyen_districts.geojson'), 'Huyện Định Hóa');
  const all = [...province.flat(2), ...points];
  // The clip box of the geodata (MANIFEST.md) when there is nothing else to fit.
  if (all.length === 0) all.push([105.45, 21.3], [106.35, 22.1]);
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min((width - 2 * pad) / ((east - west) * k), (height - 2 * pad) / (north - south));
  const ox = (width - (east - west) * k * scale) / 2;
  const oy = (height - (north - south) * scale) / 2;
  const project = (lon: number, lat: number): [number, number] => [ox + (lon - west) * k * scale, oy + (north - lat) * scale];
  const path = (polys: Polygon[]) =>
    polys
      .flatMap((poly) =>
        poly.map((ring) => {
          const px: [number, number][] = [];
          for (const [lon, lat] of ring) {
            const [x, y] = project(lon, lat);
            const last = px[px.length - 1];
            if (!last || Math.hypot(x - last[0], y - last[1]) >= 1.5) px.push([x, y]);
          }
          return px.length >= 3 ? `M${px.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}Z` : '';
        }),
      )
      .join('');
  return { width, height, province: path(province), dinhHoa: path(dinhHoa), project };
}
