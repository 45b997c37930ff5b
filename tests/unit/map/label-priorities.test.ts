// Issue 18 item 8: which names the map places first. MapLibre places the symbols of upper layers first, so the
// order of the layers is the order of priority (top first), and symbol-sort-key orders a layer's own labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyleMin, type LayerSpecification, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { COMMUNE_ANCHORS, communeLabel } from '../../../src/domain/basemap/commune-anchors.ts';
import { buildBasemapStyle } from '../../../src/map/style/build-style.ts';
import { CITY_LABEL_LAYER, COMMUNES_SOURCE, PLACE_LABELS_BOTTOM } from '../../../src/map/style/layers.ts';
import { themes } from '../../../src/map/style/theme.ts';
import { siteLayers, siteSource, SITE_LAYER_IDS, SITES_SOURCE } from '../../../src/map/site-layers.ts';
import { COMMUNE_LINE_ZOOM, siteLabelLayers } from '../../../src/map/site-label-layers.ts';
import { SITE_THEMES } from '../../../src/map/site-themes.ts';
import { legLabelLayer, PLAN_LAYER_IDS, PLAN_SOURCE_LEG_LABELS, PLAN_THEMES, planLayers } from '../../../src/map/plan-layers.ts';
import { toPlanMapData } from '../../../src/features/planner/plan-view.ts';
import { lineMidpoint } from '../../../src/features/planner/leg-midpoint.ts';

const baseUrl = 'http://127.0.0.1:4173/';
const style = buildBasemapStyle({ theme: themes.default, lang: 'vi', baseUrl });
const ids = style.layers.map((l) => l.id);
const at = (id: string): number => {
  const i = ids.indexOf(id);
  expect(i, id).toBeGreaterThanOrEqual(0);
  return i;
};
const layout = (l: LayerSpecification | undefined): Record<string, unknown> => (l && 'layout' in l ? (l.layout as Record<string, unknown>) : {});

describe('basemap names: places before everything else, the city first', () => {
  it('draws every place name above the feature labels, in rising priority up to the city', () => {
    const places = ['admin-label-district', 'place-village', 'place-commune', 'place-town', 'admin-label-province', 'admin-label-country', 'place-city'];
    const order = places.map(at);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(ids[order[0] as number]).toBe(PLACE_LABELS_BOTTOM);
    for (const feature of ['contour-label', 'road-label', 'poi-peak', 'poi-worship']) expect(at(feature)).toBeLessThan(at(PLACE_LABELS_BOTTOM));
    // The city's name is the top of the basemap: MapView slips the site names under it.
    expect(ids.at(-1)).toBe(CITY_LABEL_LAYER);
  });

  it('lets the city and town names step aside of a site symbol instead of dropping out, the city before the towns', () => {
    for (const id of [CITY_LABEL_LAYER, 'place-town']) expect(layout(style.layers[at(id)])['text-variable-anchor']).toEqual(expect.arrayContaining(['center', 'top', 'bottom']));
    expect(layout(style.layers[at('place-town')])['symbol-sort-key']).toEqual(['get', 'rank']);
  });

  it('names communes from the research notes\' points only, inline, from zoom 11 (wards from 12)', () => {
    const source = style.sources[COMMUNES_SOURCE];
    expect(source?.type).toBe('geojson');
    const notes = ['NOTES.md', 'sites.json'].map((f) => readFileSync(join(import.meta.dirname, '../../../../shared/facts', f), 'utf8')).join('\n');
    for (const a of COMMUNE_ANCHORS) {
      // Every point is written in the notes or in the compiled facts: none is invented.
      expect(notes, a.name).toContain(String(a.lat));
      expect(notes, a.name).toContain(String(a.lon));
    }
    expect(COMMUNE_ANCHORS.map((a) => a.name)).toEqual(expect.arrayContaining(['Phú Đình', 'Điềm Mặc', 'Thanh Định', 'Bình Thành']));
    const communes = style.layers[at('place-commune')];
    expect(communes && 'minzoom' in communes ? communes.minzoom : undefined).toBe(11);
    expect(JSON.stringify(layout(communes)['text-field'])).toContain('"ward"');
  });

  it('marks a name "(cũ)" / "(former)" exactly where it names no unit since the 2025 merger, by the notes\' §3', () => {
    const notes = readFileSync(join(import.meta.dirname, '../../../../shared/facts/NOTES.md'), 'utf8');
    const section3 = (notes.split('## 3.')[1] ?? '').split('\n## ')[0]?.replaceAll('*', '').split('\n') ?? [];
    for (const a of COMMUNE_ANCHORS) {
      // The unit it joined is the notes' own line for it: "Điềm Mặc + Phú Đình → xã Phú Đình".
      expect(section3.some((line) => line.includes(a.name) && line.includes(`→ ${a.after2025}`)), a.name).toBe(true);
    }
    const former = COMMUNE_ANCHORS.filter((a) => communeLabel(a, 'vi') !== a.name).map((a) => a.name);
    expect(former.sort()).toEqual(['Bảo Linh', 'Điềm Mặc', 'Định Biên', 'Đồng Thịnh', 'Tân Thái', 'Tân Thịnh', 'Thanh Định', 'Trưng Vương'].sort());
    const dm = COMMUNE_ANCHORS.find((a) => a.name === 'Điềm Mặc')!;
    const pd = COMMUNE_ANCHORS.find((a) => a.name === 'Phú Đình')!;
    expect([communeLabel(dm, 'vi'), communeLabel(dm, 'en'), communeLabel(pd, 'vi'), communeLabel(pd, 'en')]).toEqual(['Điềm Mặc (cũ)', 'Điềm Mặc (former)', 'Phú Đình', 'Phú Đình']);
    // The map reads the label in its language from the inline source.
    const source = style.sources[COMMUNES_SOURCE] as { data: GeoJSON.FeatureCollection };
    expect(source.data.features.find((f) => f.properties?.['name'] === 'Điềm Mặc')?.properties?.['label_vi']).toBe('Điềm Mặc (cũ)');
    expect(JSON.stringify(layout(style.layers[at('place-commune')])['text-field'])).toContain('label_vi');
    const en = buildBasemapStyle({ theme: themes.default, lang: 'en', baseUrl });
    expect(JSON.stringify(layout(en.layers.find((l) => l.id === 'place-commune'))['text-field'])).toContain('label_en');
  });
});

describe('site layers', () => {
  const theme = SITE_THEMES.default;
  const withSites: StyleSpecification = {
    ...style,
    sources: { ...style.sources, [SITES_SOURCE]: siteSource({ type: 'FeatureCollection', features: [] }) as StyleSpecification['sources'][string], [PLAN_SOURCE_LEG_LABELS]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }, 'plan-lines': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }, 'plan-points': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [...style.layers, ...(siteLayers(theme) as LayerSpecification[]), ...(siteLabelLayers(theme, 'en') as LayerSpecification[]), ...(planLayers(PLAN_THEMES.kiosk) as LayerSpecification[]), legLabelLayer(PLAN_THEMES.default) as LayerSpecification],
  };

  it('are valid MapLibre layers, together with the plan layers', () => {
    expect(validateStyleMin(withSites)).toEqual([]);
  });

  it('place site names below their symbol or, where taken, above or beside it; shared points and higher ranks first', () => {
    const [labels, clusterLabel] = siteLabelLayers(theme, 'vi');
    expect(labels?.id).toBe(SITE_LAYER_IDS.labels);
    const l = layout(labels as LayerSpecification);
    expect((l['text-variable-anchor-offset'] as unknown[]).filter((x) => typeof x === 'string')).toEqual(['top', 'bottom', 'left', 'right']);
    expect(l['symbol-sort-key']).toEqual(['get', 'labelRank']);
    expect(JSON.stringify(l['text-field'])).toContain('label_vi');
    expect(JSON.stringify(layout(siteLabelLayers(theme, 'en')[0] as LayerSpecification)['text-field'])).toContain('label_en');
    // A cluster that is one stack of sites keeps the stack's name ("ATK Định Hóa +4").
    expect(clusterLabel?.id).toBe(SITE_LAYER_IDS.clusterLabel);
    expect(JSON.stringify(layout(clusterLabel as LayerSpecification)['text-field'])).toContain('stack_vi');
    const source = siteSource({ type: 'FeatureCollection', features: [] });
    expect(source.type === 'geojson' ? Object.keys(source.clusterProperties ?? {}) : []).toEqual(['stack_vi', 'stack_en', 'commune']);
  });

  it('from zoom 14 write the site\'s commune under its name (and under a stack\'s), smaller; the name alone without one', () => {
    for (const lang of ['vi', 'en'] as const) {
      const [labels, clusterLabel] = siteLabelLayers(theme, lang);
      for (const [layer, key] of [[labels, `label_${lang}`], [clusterLabel, `stack_${lang}`]] as const) {
        const field = layout(layer as LayerSpecification)['text-field'] as unknown[];
        expect(field.slice(0, 5)).toEqual(['step', ['zoom'], '', 10, ['get', key]]);
        expect(field[5]).toBe(COMMUNE_LINE_ZOOM);
        expect(COMMUNE_LINE_ZOOM).toBe(14);
        const close = JSON.stringify(field[6]);
        expect(close).toContain(`["format",["get","${key}"],{},"\\n",{},["get","commune"],{"font-scale":0.82}]`);
        expect(close).toContain(`["==",["coalesce",["get","commune"],""],""]`);
      }
    }
  });

  it('the cluster count always shows and keeps other names off its circle', () => {
    const count = layout(siteLayers(theme).find((x) => x.id === SITE_LAYER_IDS.clusterCount));
    expect(count['text-allow-overlap']).toBe(true);
    expect(count['text-ignore-placement']).toBeUndefined();
  });
});

describe('plan layers: stop names first, leg labels last and beside the line', () => {
  it('names stops beside their number, on whichever side is free; leg labels are level points, not along the line', () => {
    const layers = planLayers(PLAN_THEMES.default);
    expect(layers.map((l) => l.id)).not.toContain(PLAN_LAYER_IDS.legLabels);
    const names = layout(layers.find((l) => l.id === PLAN_LAYER_IDS.names));
    expect((names['text-variable-anchor-offset'] as unknown[])[0]).toBe('left');
    const legs = legLabelLayer(PLAN_THEMES.default);
    expect(legs.id).toBe(PLAN_LAYER_IDS.legLabels);
    expect('source' in legs && legs.source).toBe(PLAN_SOURCE_LEG_LABELS);
    const l = layout(legs);
    expect(l['symbol-placement']).toBe('point');
    expect(l['text-rotation-alignment']).toBe('viewport');
    expect(JSON.stringify(l['text-variable-anchor-offset'])).not.toContain('"center"');
    expect('filter' in legs && JSON.stringify(legs.filter)).toContain('minzoom');
  });

  it('puts each leg label at the middle of its drawn line, off it on the side the line leaves free, once it has room', () => {
    const east = lineMidpoint([
      [105.5, 21.8],
      [105.6, 21.8],
    ]);
    expect(east?.at[0]).toBeCloseTo(105.55, 6);
    expect(east?.run).toBe('h');
    expect(lineMidpoint([[105.5, 21.8], [105.5, 21.9]])?.run).toBe('v');
    expect(lineMidpoint([[105.5, 21.8], [105.6, 21.893]])?.run).toBe('ne');
    // An L-shaped path: halfway along its length, not its middle vertex.
    const bent = lineMidpoint([[105.5, 21.8], [105.5, 21.83], [105.5, 21.9]]);
    expect(bent?.at[1]).toBeCloseTo(21.85, 6);
    // A 700 m leg needs a closer zoom than a 38 km one before its label shows.
    const short = lineMidpoint([[105.5086, 21.7882], [105.5115, 21.7936]]);
    const long = lineMidpoint([[105.706, 21.755], [105.5086, 21.7882]]);
    expect(short!.minzoom).toBeGreaterThan(12.5);
    expect(long!.minzoom).toBeLessThan(10);

    const data = toPlanMapData(
      [
        { order: 1, site: 'a', name: 'A', position: [105.8, 21.6] },
        { order: 2, site: 'b', name: 'B', position: [105.5, 21.8] },
        { order: 3, site: 'c', name: 'C', position: [105.5, 21.8] },
      ],
      [
        { from: [105.85, 21.6], to: [105.8, 21.6], label: 'x', estimated: true, kind: 'leg' },
        { from: [105.8, 21.6], to: [105.5, 21.8], label: 'y', estimated: false, kind: 'leg' },
      ],
      { name: 'Start', position: [105.85, 21.6] },
    );
    expect(data.legLabels.features.map((f) => f.properties['label'])).toEqual(['x', 'y']);
    expect(data.legLabels.features[0]?.geometry.coordinates[0]).toBeCloseTo(105.825, 6);
    // Every stop's site, merged circles included: their own site labels are left out.
    expect(data.siteIds).toEqual(['a', 'b', 'c']);
  });
});
