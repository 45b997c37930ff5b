import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { booleanPointInPolygon, booleanValid, kinks } from '@turf/turf';
import type { Feature as TurfFeature, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { filledDem, type Dem } from '../../../scripts/basemap/dem.ts';
import { readFeatures, type Geometry, type Position } from '../../../scripts/basemap/geojson.ts';
import { ringArea } from '../../../scripts/basemap/geometry.ts';
import { BLOCKY_PX, blockyMaxZoom, deriveLake, flatSurface } from '../../../scripts/basemap/lakes.ts';
import { geodataDir, vectorArchive } from '../../../scripts/basemap/paths.ts';
import { BufferSource } from './buffer-source.ts';
import { hydroLayers } from '../../../scripts/basemap/sources/hydro.ts';
import { latToY, lonToX, provinceBBox } from '../../../scripts/basemap/coverage.ts';

const asTurf = (g: Geometry): TurfFeature<Polygon | MultiPolygon> => {
  if (g.type === 'Polygon') return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: g.coordinates } };
  if (g.type === 'MultiPolygon') return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: g.coordinates } };
  throw new Error(`not a polygon: ${g.type}`);
};
const polygons = (g: Geometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);
const vertices = (g: Geometry): number => polygons(g).reduce((n, p) => n + p.reduce((m, r) => m + r.length - 1, 0), 0);

/** Valid as GeoJSON: closed rings, no self-intersection, shores counter-clockwise and islands clockwise, islands inside. */
function expectValidPolygon(g: Geometry): void {
  const f = asTurf(g);
  expect(booleanValid(f)).toBe(true);
  expect(kinks(f).features).toEqual([]);
  for (const [shore, ...islands] of polygons(g)) {
    for (const ring of [shore ?? [], ...islands]) expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ringArea(shore ?? [])).toBeLessThan(0); // ringArea is negative for counter-clockwise rings
    for (const island of islands) {
      expect(ringArea(island)).toBeGreaterThan(0);
      expect(booleanPointInPolygon(island[0] ?? [0, 0], { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [shore ?? []] } })).toBe(true);
    }
  }
}

/** A synthetic 1°/200 grid: a bowl with a flat lake at 50 m of radius `radius` posts, and a 3×3-post island. */
function bowl(radius: number): Dem {
  const size = 201;
  const heights = new Float32Array(size * size);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const d = Math.hypot(r - 100, c - 100);
      const island = Math.abs(r - 100) <= 1 && Math.abs(c - 100 - radius / 2) <= 1;
      heights[r * size + c] = d <= radius && !island ? 50 : island ? 62 : 50 + Math.round((d - radius) * 3 + 1);
    }
  }
  return { west: 105, north: 22, size, step: 1 / (size - 1), heights };
}

const square = (lon: number, lat: number, half: number): Geometry => ({
  type: 'Polygon',
  coordinates: [[[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]]],
});

describe('lake outlines from a flat water surface', () => {
  const dem = bowl(20);
  const centre: [number, number] = [105 + 100 / 200, 22 - 100 / 200];

  it('grows a coarse seed to the whole flat surface, with the island as a hole', () => {
    // The coarse shape is a square a little smaller than the lake (radius 0.1°).
    const lake = deriveLake(dem, square(centre[0], centre[1], 0.08));
    expect(lake?.level).toBe(50);
    const g = lake?.geometry ?? { type: 'Polygon', coordinates: [] };
    expectValidPolygon(g);
    expect(g.type).toBe('Polygon');
    expect(polygons(g)[0]?.length).toBe(2);
    // Posts on the surface are inside the outline; the slopes around it and the island are not.
    const f = asTurf(g);
    let wrong = 0;
    let flat = 0;
    for (let r = 60; r <= 140; r++) {
      for (let c = 60; c <= 140; c++) {
        const onSurface = dem.heights[r * dem.size + c] === 50;
        if (onSurface) flat++;
        if (booleanPointInPolygon([105 + c / 200, 22 - r / 200], f) !== onSurface) wrong++;
      }
    }
    expect(wrong / flat).toBeLessThan(0.05);
  });

  it('takes nothing for a lake where the flat runs to the edge of the search (a plain) or is too small', () => {
    const plain: Dem = { ...dem, heights: new Float32Array(dem.size * dem.size).fill(12) };
    expect(flatSurface(plain, square(centre[0], centre[1], 0.03))).toBeUndefined();
    expect(deriveLake(bowl(2), square(centre[0], centre[1], 0.01))).toBeUndefined();
  });

  it('hides a blocky shape from the zoom where it is more than BLOCKY_PX across', () => {
    const g = square(105.6, 21.9, 0.005); // about 1.0 × 1.1 km
    const z = blockyMaxZoom(g);
    const pixels = (zoom: number): number => Math.hypot(1035, 1106) / ((40075016.7 * Math.cos((21.9 * Math.PI) / 180)) / (512 * 2 ** zoom));
    expect(pixels(z)).toBeLessThanOrEqual(BLOCKY_PX);
    expect(pixels(z + 1)).toBeGreaterThan(BLOCKY_PX);
  });
});

const dir = geodataDir();

describe.skipIf(!dir)('the lakes of the geodata', () => {
  let dem: Dem;
  let coarse: Geometry[];
  beforeAll(() => {
    dem = filledDem(join(dir ?? '', 'dem/N21E105.hgt'));
    coarse = readFeatures(join(dir ?? '', 'hydro/lakes_coarse.geojson')).map((f) => f.geometry);
  }, 60_000);

  it('give Hồ Núi Cốc a shore from its flat 46 m surface: valid, more detailed and closer to the surface than the blocky shape', () => {
    const nuiCoc = coarse.find((g) => booleanPointInPolygon([105.69, 21.58], asTurf(g)));
    if (!nuiCoc) throw new Error('no coarse lake at Hồ Núi Cốc');
    const lake = deriveLake(dem, nuiCoc);
    expect(lake?.level).toBe(46);
    const derived = lake?.geometry ?? nuiCoc;
    expectValidPolygon(derived);
    expect(vertices(derived)).toBeGreaterThan(10 * vertices(nuiCoc));
    // Count the posts of the area around the lake that each outline gets wrong: flat 46 m outside it, or not flat inside.
    const surface = flatSurface(dem, nuiCoc);
    if (!surface) throw new Error('no flat surface');
    const { mask, win } = surface;
    const miss = (g: Geometry): number => {
      const f = asTurf(g);
      let n = 0;
      for (let r = 0; r < win.rows; r++) {
        for (let c = 0; c < win.cols; c++) {
          const inside = booleanPointInPolygon([dem.west + (win.c0 + c) * dem.step, dem.north - (win.r0 + r) * dem.step], f);
          if (inside !== (mask[r * win.cols + c] === 1)) n++;
        }
      }
      return n;
    };
    expect(miss(derived)).toBeLessThan(miss(nuiCoc) / 5);
  }, 60_000);

  it('mark derived outlines in the water layer, and keep blocky shapes without one to the zooms where they read as spots', () => {
    const water = hydroLayers(dir ?? '', dem, provinceBBox).find((l) => l.id === 'water');
    const lakes = water?.features ?? [];
    expect(lakes).toHaveLength(coarse.length);
    const derived = lakes.filter((f) => f.properties.derived === 1);
    expect(derived.length).toBeGreaterThanOrEqual(1);
    for (const f of derived) {
      expect(f.properties).toMatchObject({ kind: 'lake', derived: 1 });
      expect(typeof f.properties.level).toBe('number');
      expect(f.properties._maxzoom).toBeUndefined();
      expectValidPolygon(f.geometry);
    }
    for (const f of lakes.filter((l) => l.properties.derived === undefined)) {
      expect(f.properties._maxzoom).toBe(blockyMaxZoom(f.geometry));
      expect(f.properties._maxzoom).toBeLessThanOrEqual(10);
    }
    // The triangle west of Bảo Biên (about 1.3 km a side) is gone from zoom 9.
    const triangle = lakes.find((f) => booleanPointInPolygon([105.598, 21.908], asTurf(f.geometry)));
    expect(triangle?.properties._maxzoom).toBe(8);
  }, 60_000);

  it('are in the built archive, when it has been built: Hồ Núi Cốc at zoom 12 is a derived lake', async () => {
    if (!existsSync(vectorArchive)) return;
    const archive = new PMTiles(new BufferSource(new Uint8Array(readFileSync(vectorArchive))));
    const z = 12;
    const got = await archive.getZxy(z, Math.floor(lonToX(105.69, z)), Math.floor(latToY(21.58, z)));
    const data = new Uint8Array(got?.data ?? new ArrayBuffer(0));
    // The reader may hand the tile still gzipped (the archive's tile compression) or already inflated.
    const tile = new VectorTile(new PbfReader(data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data));
    const water = tile.layers.water;
    const props = Array.from({ length: water?.length ?? 0 }, (_, i) => water?.feature(i).properties ?? {});
    expect(props).toContainEqual(expect.objectContaining({ kind: 'lake', derived: 1, level: 46 }));
  });
});
