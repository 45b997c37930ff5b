// Countries and sea for the zoomed-out view, from Natural Earth as packaged by world-atlas (also the fallback).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bboxClip, bboxPolygon, difference, featureCollection } from '@turf/turf';
import type { Feature as GjFeature, MultiPolygon, Polygon } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from 'zod';
import { countryBBox, type BBox } from '../coverage.ts';
import { feature, geometrySchema, type Feature, type Geometry } from '../geojson.ts';
import { labelPoint, largestPart } from '../geometry.ts';
import type { LayerSource } from '../layer.ts';

const require = createRequire(import.meta.url);

const topologySchema = z.custom<Topology>(
  (v) => typeof v === 'object' && v !== null && 'objects' in v && 'arcs' in v,
  'not a TopoJSON topology',
);
const collectionSchema = z.custom<GeometryCollection>(
  (v) => typeof v === 'object' && v !== null && 'type' in v && v.type === 'GeometryCollection',
);

function readTopology(name: string): Topology {
  return topologySchema.parse(JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')));
}

/** Vietnamese names of the countries seen from the north of Vietnam (the data only has English ones). */
const viNames: Record<string, string> = {
  Vietnam: 'Việt Nam',
  China: 'Trung Quốc',
  Laos: 'Lào',
  Cambodia: 'Campuchia',
  Thailand: 'Thái Lan',
  Myanmar: 'Myanmar',
  Taiwan: 'Đài Loan',
  Philippines: 'Philippines',
};

const polygonal = (g: unknown): Geometry | undefined => {
  const parsed = geometrySchema.safeParse(g);
  return parsed.success && (parsed.data.type === 'Polygon' || parsed.data.type === 'MultiPolygon') ? parsed.data : undefined;
};

const clip = (g: Geometry, b: BBox): Geometry | undefined => {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return undefined;
  const f: GjFeature<Polygon | MultiPolygon> = { type: 'Feature', geometry: g, properties: {} };
  const c = bboxClip(f, b).geometry;
  // Clipping leaves empty parts and degenerate rings behind: drop them.
  const parts: unknown[] = c.type === 'Polygon' ? [c.coordinates] : c.coordinates;
  const isRing = (ring: unknown): boolean => Array.isArray(ring) && ring.length >= 4;
  const polys = parts.map((poly) => (Array.isArray(poly) ? poly.filter(isRing) : [])).filter((poly) => poly.length > 0);
  return polys.length > 0 ? polygonal({ type: 'MultiPolygon', coordinates: polys }) : undefined;
};

const widen = (b: BBox, d: number): BBox => [b[0] - d, b[1] - d, b[2] + d, b[3] + d];

export function worldLayers(maxzoom: number): LayerSource[] {
  const area = widen(countryBBox, 1);
  const countries: Feature[] = [];
  const labels: Feature[] = [];
  const topo = readTopology('countries-50m.json');
  const objects = collectionSchema.parse(topo.objects.countries);
  for (const f of topoFeature(topo, objects).features) {
    const name = z.object({ name: z.string() }).parse(f.properties).name;
    const g = polygonal(f.geometry);
    const clipped = g && clip(g, area);
    if (!g || !clipped) continue;
    const vi = viNames[name];
    if (!vi) continue;
    countries.push(feature(clipped, { name: vi, name_en: name }));
    const at = labelPoint(largestPart(g));
    if (at) labels.push(feature({ type: 'Point', coordinates: at }, { kind: 'country', name: vi, name_en: name, _maxzoom: 7 }));
  }
  const landTopo = readTopology('land-50m.json');
  const land = topoFeature(landTopo, collectionSchema.parse(landTopo.objects.land));
  const landParts = land.features.flatMap((f): GjFeature<Polygon | MultiPolygon>[] => {
    const g = polygonal(f.geometry);
    const c = g && clip(g, area);
    return c && (c.type === 'Polygon' || c.type === 'MultiPolygon') ? [{ type: 'Feature', geometry: c, properties: {} }] : [];
  });
  const sea = difference(featureCollection([bboxPolygon(area), ...landParts]));
  const ocean = sea ? polygonal(sea.geometry) : undefined;
  return [
    {
      id: 'countries',
      description: 'country areas (Vietnamese name, English name_en); draw their outlines',
      minzoom: 4,
      maxzoom,
      features: countries,
      tolerance: 8,
    },
    {
      id: 'water',
      description: 'sea (kind=ocean) and lakes (kind=lake)',
      minzoom: 4,
      maxzoom,
      features: ocean ? [feature(ocean, { kind: 'ocean' })] : [],
      tolerance: 8,
    },
    { id: 'admin_labels', description: 'country label points', minzoom: 4, maxzoom: 7, features: labels },
  ];
}
