// Rivers, streams and lakes; where the mapped streams stop, streams modelled from the elevation grid.
import { join } from 'node:path';
import type { BBox } from '../coverage.ts';
import type { Dem } from '../dem.ts';
import { deriveStreams } from '../drainage.ts';
import { feature, readFeatures, type Feature, type Geometry, type Position } from '../geojson.ts';
import { blockyMaxZoom, deriveLake } from '../lakes.ts';
import { linesOf, mergeLines } from '../geometry.ts';
import type { LayerSource } from '../layer.ts';
import { shoreCutter } from '../water-cut.ts';

/** Drained area (km²) from which a modelled stream is drawn. */
export const DERIVED_STREAM_KM2 = 1;

/** Is a point within about `cells` grid steps of any of the lines? */
function nearLines(dem: Dem, lines: readonly Position[][], cells: number): (lon: number, lat: number) => boolean {
  const marked = new Set<number>();
  const cellOf = (lon: number, lat: number): [number, number] => [
    Math.round((dem.north - lat) / dem.step),
    Math.round((lon - dem.west) / dem.step),
  ];
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const a: Position = line[i] ?? [0, 0];
      const b: Position = line[i + 1] ?? a;
      const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / (dem.step / 2)));
      for (let k = 0; k <= steps; k++) {
        const [r, c] = cellOf(a[0] + ((b[0] - a[0]) * k) / steps, a[1] + ((b[1] - a[1]) * k) / steps);
        for (let dr = -cells; dr <= cells; dr++) for (let dc = -cells; dc <= cells; dc++) marked.add((r + dr) * dem.size + c + dc);
      }
    }
  }
  return (lon, lat) => {
    const [r, c] = cellOf(lon, lat);
    return marked.has(r * dem.size + c);
  };
}

/**
 * A lake of the geodata. The shapes are blocky (triangles and rectangles of a coarse raster). Where SRTM has a flat
 * water surface under one, its outline is derived from that surface (`derived`=1, `level` its height in m) and
 * drawn at every zoom; otherwise the coarse shape is drawn only while it is small enough on screen to read as a
 * spot of water, not as a triangle.
 */
function lakeFeature(dem: Dem | undefined, g: Geometry): Feature {
  const derived = dem ? deriveLake(dem, g) : undefined;
  if (derived) return feature(derived.geometry, { kind: 'lake', derived: 1, level: derived.level });
  return feature(g, { kind: 'lake', _maxzoom: blockyMaxZoom(g) });
}

export function hydroLayers(dir: string, dem: Dem | undefined, within: BBox): LayerSource[] {
  const lakes = readFeatures(join(dir, 'hydro/lakes_coarse.geojson')).map((f) => lakeFeature(dem, f.geometry));
  const lines = (file: string): Position[][] => mergeLines(readFeatures(join(dir, file)).flatMap((f) => linesOf(f.geometry)));
  // Lines stop at a derived shore (they would cross Hồ Núi Cốc's water); the mapped ones are cut before the
  // modelled streams are placed beside them.
  const dry = shoreCutter(lakes.filter((l) => l.properties['derived'] === 1).map((l) => l.geometry));
  const rivers = dry(lines('hydro/rivers_gshhg.geojson'));
  const streams = dry(lines('hydro/streams_osm2018.geojson'));
  const waterways: Feature[] = [
    ...rivers.map((c) => feature({ type: 'LineString', coordinates: c }, { kind: 'river' })),
    ...streams.map((c) => feature({ type: 'LineString', coordinates: c }, { kind: 'stream', _minzoom: 11 })),
  ];
  if (dem) {
    const mapped = nearLines(dem, [...rivers, ...streams], 3);
    for (const s of deriveStreams(dem, within, DERIVED_STREAM_KM2, mapped)) {
      const minzoom = s.catchment >= 10 ? 10 : s.catchment >= 3 ? 11 : 12;
      for (const line of dry([s.line])) {
        waterways.push(feature({ type: 'LineString', coordinates: line }, { kind: 'stream', derived: 1, catchment: s.catchment, _minzoom: minzoom }));
      }
    }
  }
  return [
    {
      id: 'water',
      description: 'lakes; derived=1: shore derived from the flat water surface in SRTM (level: its height, m), not mapped',
      minzoom: 6,
      maxzoom: 14,
      features: lakes,
      minAreaPx: 16,
    },
    {
      id: 'waterways',
      description:
        'river (main rivers, z7+) and stream (z10+) centrelines, unnamed; derived=1: modelled from SRTM (drains catchment km²), not mapped',
      minzoom: 7,
      maxzoom: 14,
      features: waterways,
    },
  ];
}
