import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PMTiles } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { latToY, lonToX } from '../../../scripts/basemap/coverage.ts';
import { filledDem, sample, type Dem } from '../../../scripts/basemap/dem.ts';
import { geodataDir, terrainArchive } from '../../../scripts/basemap/paths.ts';
import { encodeTerrarium, terrainBounds, terrainTileHeights, TILE_PX } from '../../../scripts/basemap/terrain.ts';
import { RELIEF_EXTENT, RELIEF_FADE_DEG, reliefExtentWords, reliefWeight } from '../../../src/domain/basemap/relief-extent.ts';
import { createI18n } from '../../../src/i18n/i18n.ts';
import en from '../../../src/i18n/locales/en.json';
import { BufferSource } from './buffer-source.ts';
import { decodeTile, largestStep, shadeColumns, type ShadeColumn } from './shade-profile.ts';

const [W, S, E, N] = RELIEF_EXTENT;

describe('the relief weight', () => {
  it('falls monotonically and smoothly from 1 to exactly 0 at each edge of the extent, and is 0 beyond', () => {
    const step = 0.0005;
    const transects: [string, (d: number) => number][] = [
      ['east', (d) => reliefWeight(E - d, 21.65)],
      ['west', (d) => reliefWeight(W + d, 21.65)],
      ['north', (d) => reliefWeight(105.6, N - d)],
      ['south', (d) => reliefWeight(105.6, S + d)],
    ];
    for (const [, weightAt] of transects) {
      expect(weightAt(0)).toBe(0);
      expect(weightAt(-0.01)).toBe(0);
      expect(weightAt(RELIEF_FADE_DEG)).toBe(1);
      expect(weightAt(0.2)).toBe(1);
      let last = 0;
      for (let d = step; d <= RELIEF_FADE_DEG + 1e-9; d += step) {
        const w = weightAt(d);
        expect(w).toBeGreaterThanOrEqual(last);
        // smoothstep's steepest slope is 1.5 per fade width: no step anywhere.
        expect(w - last).toBeLessThanOrEqual((1.5 * step) / RELIEF_FADE_DEG + 1e-9);
        last = w;
      }
    }
  });

  it('keeps the corners smooth and zero outside', () => {
    expect(reliefWeight(E + 0.01, N + 0.01)).toBe(0);
    expect(reliefWeight(E - 0.01, N - 0.01)).toBeLessThan(reliefWeight(E - 0.01, 21.65));
  });
});

describe('the attribution says where the relief ends, in both languages', () => {
  it('names the extent and the fade width the tiles are built with', () => {
    const i18n = createI18n('vi', { en });
    expect(i18n.t('attribution.relief', reliefExtentWords('vi'))).toBe('Bóng địa hình (SRTM) chỉ có trong vùng 105,3–106°Đ, 21,3–22°B, nhạt dần trong 7 km sát mép vùng');
    void i18n.changeLanguage('en');
    expect(i18n.t('attribution.relief', reliefExtentWords('en'))).toBe('Relief shading (SRTM) only within 105.3–106°E, 21.3–22°N, fading out over its last 7 km');
  });
});

const dir = geodataDir();

/** The block of tiles from 105.7 to 106.05°E, 21.6 to 21.8°N (mountains up to the east edge), as columns of shade. */
async function eastEdgeColumns(z: number, tileAt: (x: number, y: number) => Promise<Float32Array>): Promise<ShadeColumn[]> {
  const x0 = Math.floor(lonToX(105.7, z));
  const x1 = Math.floor(lonToX(106.05, z));
  const y0 = Math.floor(latToY(21.8, z));
  const y1 = Math.floor(latToY(21.6, z));
  const tiles = new Map<string, Float32Array>();
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) tiles.set(`${x}/${y}`, await tileAt(x, y));
  return shadeColumns(z, x0, x1, y0, y1, (x, y) => tiles.get(`${x}/${y}`) ?? new Float32Array(TILE_PX * TILE_PX));
}

const mean = (cols: ShadeColumn[], west: number, east: number): number => {
  const picked = cols.filter((c) => c.lon >= west && c.lon <= east);
  return picked.reduce((s, c) => s + c.shade, 0) / picked.length;
};

/** The hillshade ends without a cliff: relief inside, nothing beyond 106°E, and no step in between. */
function expectFadeAtEastEdge(cols: ShadeColumn[]): void {
  expect(mean(cols, 105.85, 105.9)).toBeGreaterThan(0.02);
  expect(mean(cols, E + 0.002, 106.05)).toBeLessThan(1e-4);
  // Neighbouring columns differ across the fade band by no more than twice what the relief itself does inside it.
  const inside = largestStep(cols, 105.7, E - RELIEF_FADE_DEG - 0.01);
  expect(largestStep(cols, E - RELIEF_FADE_DEG - 0.01, 106.05)).toBeLessThan(2 * inside);
}

describe.skipIf(!dir)('the elevation tiles at the east edge of the data (106°E)', () => {
  let dem: Dem;
  let heightsOf: ReturnType<typeof terrainTileHeights>;
  beforeAll(() => {
    dem = filledDem(join(dir ?? '', 'dem/N21E105.hgt'));
    heightsOf = terrainTileHeights(dem);
  }, 60_000);

  it('cover the extent the attribution states', () => {
    expect(terrainBounds(dem)).toEqual([...RELIEF_EXTENT]);
  });

  it('keep the real heights away from the edges', () => {
    const z = 12;
    const [x, y] = [Math.floor(lonToX(105.6, z)), Math.floor(latToY(21.9, z))];
    const heights = heightsOf({ z, x, y });
    // Pixel centre of the tile's middle pixel.
    const lon = ((x + 128.5 / TILE_PX) / 2 ** z) * 360 - 180;
    const lat = (180 / Math.PI) * Math.atan(Math.sinh(Math.PI - (2 * Math.PI * (y + 128.5 / TILE_PX)) / 2 ** z));
    expect(heights[128 * TILE_PX + 128]).toBeCloseTo(sample(dem, lon, lat), 3);
  });

  for (const z of [8, 10, 12]) {
    it(`fade the hillshade out towards 106°E at zoom ${z}, as PNG tiles decode`, async () => {
      const cols = await eastEdgeColumns(z, (x, y) => Promise.resolve(decodeTile(encodeTerrarium(heightsOf({ z, x, y }), TILE_PX))));
      expectFadeAtEastEdge(cols);
    }, 60_000);
  }

  it('are the ones in the built archive, when it has been built', async () => {
    if (!existsSync(terrainArchive)) return;
    const archive = new PMTiles(new BufferSource(new Uint8Array(readFileSync(terrainArchive))));
    const cols = await eastEdgeColumns(12, async (x, y) => {
      const t = await archive.getZxy(12, x, y);
      if (!t) throw new Error(`no terrain tile 12/${x}/${y}`);
      return decodeTile(new Uint8Array(t.data));
    });
    expectFadeAtEastEdge(cols);
  }, 60_000);
});
