import { validateStyleMin, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildBasemapStyle, TERRAIN_SOURCE } from '../../../src/map/style/build-style.ts';
import { FONT_REGULAR, FONT_SEMIBOLD } from '../../../src/map/style/font-faces.ts';
import { themes } from '../../../src/map/style/theme.ts';
import { LAYER_IDS } from '../../../scripts/basemap/layer.ts';

const baseUrl = 'http://127.0.0.1:4173/';
const cases = Object.values(themes).flatMap((theme) => (['vi', 'en'] as const).map((lang) => ({ theme, lang })));

function textFonts(layer: LayerSpecification): string[] {
  if (layer.type !== 'symbol') return [];
  const font = layer.layout?.['text-font'];
  const list: unknown[] = Array.isArray(font) ? font : [];
  return list.filter((f): f is string => typeof f === 'string');
}

describe('basemap style', () => {
  it.each(cases)('is a valid MapLibre style for the $theme.name theme in $lang', ({ theme, lang }) => {
    const style = buildBasemapStyle({ theme, lang, baseUrl });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it.each(cases)('labels with the bundled font only and fetches nothing off the app ($theme.name, $lang)', ({ theme, lang }) => {
    const style = buildBasemapStyle({ theme, lang, baseUrl });
    expect(style.glyphs).toBeUndefined();
    const faces = style['font-faces'] ?? {};
    expect(Object.keys(faces).sort()).toEqual([FONT_REGULAR, FONT_SEMIBOLD].sort());
    for (const layer of style.layers) for (const font of textFonts(layer)) expect(faces).toHaveProperty([font]);
    for (const source of Object.values(style.sources)) {
      // Inline GeoJSON (the commune names) is part of the style itself; every other source is an archive of the app.
      if (source.type === 'geojson' && typeof source.data === 'object') continue;
      expect('url' in source ? source.url : '').toMatch(/^pmtiles:\/\/http:\/\/127\.0\.0\.1:4173\/basemap\/.+\.pmtiles$/);
    }
  });

  it('draws only layers of the archive schema', () => {
    const style = buildBasemapStyle({ theme: themes.default, lang: 'vi', baseUrl });
    const used = style.layers.flatMap((l) => ('source-layer' in l && l['source-layer'] ? [l['source-layer']] : []));
    for (const id of used) expect(LAYER_IDS).toContain(id);
  });

  it('names every source of the data in the attribution', () => {
    const style = buildBasemapStyle({ theme: themes.default, lang: 'vi', baseUrl });
    const text = Object.values(style.sources)
      .map((s) => ('attribution' in s ? (s.attribution ?? '') : ''))
      .join(' ');
    for (const name of ['gis.chinhphu.vn', 'dvhcvn', 'Natural Earth', 'GSHHG', 'OpenStreetMap', 'CTU-SematX/LegoCity', 'SRTM']) {
      expect(text).toContain(name);
    }
  });

  it('offers a raster-dem source for 3D terrain and hillshade in Terrarium encoding', () => {
    const style = buildBasemapStyle({ theme: themes.kiosk, lang: 'en', baseUrl });
    expect(style.sources[TERRAIN_SOURCE]).toMatchObject({ type: 'raster-dem', encoding: 'terrarium' });
    expect(style.layers.find((l) => l.type === 'hillshade')).toBeDefined();
  });

  it('shows English country names in English and local names everywhere else', () => {
    const textOf = (lang: 'vi' | 'en', id: string): string => {
      const layer = buildBasemapStyle({ theme: themes.default, lang, baseUrl }).layers.find((l) => l.id === id);
      return JSON.stringify(layer?.type === 'symbol' ? layer.layout?.['text-field'] : undefined);
    };
    expect(textOf('en', 'admin-label-country')).toContain('name_en');
    expect(textOf('vi', 'admin-label-country')).not.toContain('name_en');
    expect(textOf('en', 'place-village')).toBe(textOf('vi', 'place-village'));
  });
});
