import { describe, expect, it } from 'vitest';
import { bboxForZoom } from '../../../scripts/basemap/coverage.ts';
import { FALLBACK_MAX_ZOOM, geodataLayers } from '../../../scripts/basemap/geodata-layers.ts';
import { declareAll, LAYER_IDS } from '../../../scripts/basemap/layer.ts';
import { tileGrid, vectorTiles } from '../../../scripts/basemap/vector-tiles.ts';

describe('basemap without ../shared/geodata', () => {
  it('falls back to Natural Earth countries and sea from world-atlas, and still declares the whole schema', () => {
    const layers = geodataLayers(undefined);
    expect(layers.map((l) => l.id).sort()).toEqual(['admin_labels', 'countries', 'water']);
    const names = layers.find((l) => l.id === 'countries')?.features.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Việt Nam', 'Trung Quốc', 'Lào']));
    const { tiles } = vectorTiles(layers, tileGrid({ min: 4, max: FALLBACK_MAX_ZOOM }, bboxForZoom));
    expect(tiles.length).toBeGreaterThan(50);
    const declared = declareAll(layers.map((l) => ({ id: l.id, minzoom: l.minzoom, maxzoom: l.maxzoom, fields: {} })));
    expect(declared.map((l) => l.id).sort()).toEqual([...LAYER_IDS].sort());
  });
});
