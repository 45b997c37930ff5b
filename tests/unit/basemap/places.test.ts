// A settlement mapped twice in OSM 2018 is named once (the map wrote "Chợ Mới" twice, 1.6 km apart).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeatures } from '../../../scripts/basemap/geojson.ts';
import { geodataDir } from '../../../scripts/basemap/paths.ts';
import { placeLayers, SAME_PLACE_KM } from '../../../scripts/basemap/sources/places.ts';
import { greatCircleKm } from '../../../src/domain/plan/distance.ts';

const dir = geodataDir();

describe.skipIf(dir === undefined || !existsSync(join(dir ?? '', 'places')))('settlement names of the basemap', () => {
  const places = placeLayers(dir ?? '', undefined).find((l) => l.id === 'places')?.features ?? [];
  const named = (name: string) => places.filter((f) => f.properties['name'] === name);

  it('keep one point of a place mapped twice, and namesakes far apart', () => {
    const raw = readFeatures(join(dir ?? '', 'places/places_osm2018.geojson')).filter((f) => f.properties['name'] === 'Chợ Mới');
    expect(raw).toHaveLength(2);
    expect(named('Chợ Mới')).toHaveLength(1);
    expect(named('Chợ Mới')[0]?.geometry).toEqual(raw[0]?.geometry);
    // Bắc Sơn twice, some 75 km apart: two places.
    expect(named('Bắc Sơn')).toHaveLength(2);
  });

  it('leave no two points of one name within SAME_PLACE_KM', () => {
    const pt = (i: number) => places[i]?.geometry as { type: 'Point'; coordinates: [number, number] };
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length; j++) {
        if (places[i]?.properties['name'] !== places[j]?.properties['name']) continue;
        const [a, b] = [pt(i).coordinates, pt(j).coordinates];
        expect(greatCircleKm(a, b), String(places[i]?.properties['name'])).toBeGreaterThanOrEqual(SAME_PLACE_KM);
      }
    }
    expect(places.length).toBeGreaterThan(50);
  });
});
