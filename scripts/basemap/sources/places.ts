// Settlements, peaks (with heights from the elevation grid) and places of worship.
import { join } from 'node:path';
import { z } from 'zod';
import { covers, sample, type Dem } from '../dem.ts';
import { feature, readFeatures, type Feature, type Props } from '../geojson.ts';
import type { LayerSource } from '../layer.ts';
import { greatCircleKm } from '../../../src/domain/plan/distance.ts';

const props = z.object({ fclass: z.string(), name: z.string().nullable() });

/** Settlement kinds by importance: label rank and the zoom their label appears from. */
const settlement: Record<string, { rank: number; minzoom: number }> = {
  city: { rank: 1, minzoom: 7 },
  county: { rank: 2, minzoom: 9 },
  town: { rank: 2, minzoom: 9 },
  village: { rank: 3, minzoom: 11 },
};

/** Two settlement points of one name closer than this are one place mapped twice (Chợ Mới: two nodes 1.6 km apart). */
export const SAME_PLACE_KM = 5;

export function placeLayers(dir: string, dem: Dem | undefined): LayerSource[] {
  const places: Feature[] = [];
  for (const f of readFeatures(join(dir, 'places/places_osm2018.geojson'))) {
    const p = props.parse(f.properties);
    const s = settlement[p.fclass];
    if (!s || !p.name || f.geometry.type !== 'Point') continue;
    // The first of a twice-mapped place stays (the map wrote "Chợ Mới" twice); namesakes far apart both stay (Bắc Sơn).
    const at = f.geometry.coordinates;
    const twin = places.some((q) => q.properties['name'] === p.name && q.geometry.type === 'Point' && greatCircleKm([q.geometry.coordinates[0], q.geometry.coordinates[1]], [at[0], at[1]]) < SAME_PLACE_KM);
    if (twin) continue;
    places.push(feature(f.geometry, { kind: p.fclass, name: p.name, rank: s.rank, _minzoom: s.minzoom }));
  }
  const pois: Feature[] = [];
  for (const f of readFeatures(join(dir, 'places/natural_points_osm2018.geojson'))) {
    const p = props.parse(f.properties);
    if (f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates;
    const out: Props = { kind: p.fclass, _minzoom: p.name ? 11 : 13 };
    if (p.name) out.name = p.name;
    // OSM has no heights for these peaks: take them from SRTM, rounded to 10 m as SRTM is no more precise.
    if (p.fclass === 'peak' && dem && covers(dem, lon, lat)) out.ele = Math.round(sample(dem, lon, lat) / 10) * 10;
    pois.push(feature(f.geometry, out));
  }
  for (const f of readFeatures(join(dir, 'places/places_of_worship_osm2018.geojson'))) {
    const p = props.parse(f.properties);
    const out: Props = { kind: 'worship', religion: p.fclass, _minzoom: 12 };
    if (p.name) out.name = p.name;
    pois.push(feature(f.geometry, out));
  }
  return [
    {
      id: 'places',
      description: 'settlements (OSM 2018): kind city/town/county/village, name, rank 1–3',
      minzoom: 7,
      maxzoom: 14,
      features: places,
    },
    {
      id: 'pois',
      description: 'kind=peak (name, ele in m from SRTM), spring, worship (religion, name)',
      minzoom: 11,
      maxzoom: 14,
      features: pois,
    },
  ];
}
