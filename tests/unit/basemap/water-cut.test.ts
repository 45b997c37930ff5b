// Stream lines stop at a derived lake shore (they crossed Hồ Núi Cốc's water at zoom 13).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { filledDem } from '../../../scripts/basemap/dem.ts';
import type { Geometry, Position } from '../../../scripts/basemap/geojson.ts';
import { geodataDir } from '../../../scripts/basemap/paths.ts';
import { hydroLayers } from '../../../scripts/basemap/sources/hydro.ts';
import { shoreCutter } from '../../../scripts/basemap/water-cut.ts';
import { provinceBBox } from '../../../scripts/basemap/coverage.ts';

const square: Geometry = { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]] };

describe('shoreCutter', () => {
  it('cuts a line that crosses a polygon into the parts outside it, ending within a step of the shore', () => {
    const parts = shoreCutter([square], 0.01)([[[0, 1.5], [3, 1.5]]]);
    expect(parts).toHaveLength(2);
    const [west, east] = parts as [Position[], Position[]];
    expect(west[0]).toEqual([0, 1.5]);
    expect(west.at(-1)?.[0]).toBeGreaterThan(0.99 - 1e-9);
    expect(west.at(-1)?.[0]).toBeLessThan(1);
    expect(east[0]?.[0]).toBeGreaterThan(2);
    expect(east[0]?.[0]).toBeLessThan(2.01 + 1e-9);
    expect(east.at(-1)).toEqual([3, 1.5]);
  });

  it('keeps lines that stay outside as they are, drops one wholly inside, and keeps vertices outside', () => {
    const outside: Position[] = [[0, 0], [0.5, 3], [3, 3]];
    const inside: Position[] = [[1.2, 1.2], [1.8, 1.8]];
    const bent: Position[] = [[0, 1.5], [1.5, 1.5], [1.5, 3]];
    const parts = shoreCutter([square], 0.01)([outside, inside, bent]);
    expect(parts[0]).toEqual(outside);
    expect(parts).toHaveLength(3);
    expect(parts[1]?.[0]).toEqual([0, 1.5]);
    expect(parts[2]?.at(-1)).toEqual([1.5, 3]);
    for (const part of parts.slice(1)) for (const p of part) expect(booleanPointInPolygon(p, square as Polygon)).toBe(false);
  });

  it('with no polygon, returns the lines', () => {
    expect(shoreCutter([])([[[0, 0], [1, 1]]])).toEqual([[[0, 0], [1, 1]]]);
  });
});

describe('the built waterways', () => {
  const dir = geodataDir();
  it.skipIf(dir === undefined || !existsSync(join(dir ?? '', 'hydro')))('no stream or river point lies inside a derived lake (Hồ Núi Cốc)', () => {
    const layers = hydroLayers(dir ?? '', filledDem(join(dir ?? '', 'dem/N21E105.hgt')), provinceBBox);
    const lakes = (layers.find((l) => l.id === 'water')?.features ?? []).filter((f) => f.properties['derived'] === 1);
    expect(lakes.length).toBeGreaterThanOrEqual(1);
    const waterways = layers.find((l) => l.id === 'waterways')?.features ?? [];
    let near = 0;
    for (const w of waterways) {
      if (w.geometry.type !== 'LineString') continue;
      for (const p of w.geometry.coordinates) {
        for (const lake of lakes) {
          const g = lake.geometry as Polygon | MultiPolygon;
          if (booleanPointInPolygon(p, g, { ignoreBoundary: true })) throw new Error(`a waterway point ${p.join(',')} lies in a lake`);
        }
        if (Math.hypot(p[0] - 105.69, p[1] - 21.58) < 0.08) near += 1;
      }
    }
    // Lines still reach the reservoir (its feeders), they only stop at its shore.
    expect(near).toBeGreaterThan(0);
  }, 120_000);
});
