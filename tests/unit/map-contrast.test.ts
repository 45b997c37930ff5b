import { describe, expect, it } from 'vitest';
import { CATEGORY_STYLE } from '../../src/map/category-style.ts';
import { themes } from '../../src/map/style/theme.ts';
import { SITE_THEMES } from '../../src/map/site-themes.ts';

/** WCAG 2.1 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('contrast of the map symbols and labels (WCAG 2.1)', () => {
  it('computes the known ratios (black/white 21:1, equal colours 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  for (const theme of Object.values(themes)) {
    // Where a site symbol can sit: the land and every land-use fill of the basemap.
    const grounds = { land: theme.land, ...Object.fromEntries(Object.entries(theme.landuse).map(([k, v]) => [`landuse.${k}`, v])) };

    it(`${theme.name}: every category colour ≥ 3:1 against the land and land use (non-text graphics, 1.4.11)`, () => {
      const low: string[] = [];
      for (const [category, { color }] of Object.entries(CATEGORY_STYLE)) {
        for (const [ground, bg] of Object.entries(grounds)) {
          const ratio = contrast(color, bg);
          if (ratio < 3) low.push(`${category} ${color} on ${ground} ${bg}: ${ratio.toFixed(2)}`);
        }
      }
      expect(low).toEqual([]);
    });

    it(`${theme.name}: basemap labels ≥ 4.5:1 against their halo (text, 1.4.3)`, () => {
      const { halo, ...colours } = theme.label;
      const low = Object.entries(colours).filter(([, c]) => contrast(c, halo) < 4.5).map(([k, c]) => `${k} ${c}: ${contrast(c, halo).toFixed(2)}`);
      expect(low).toEqual([]);
    });
  }

  for (const [name, site] of Object.entries(SITE_THEMES)) {
    it(`${name}: site labels ≥ 4.5:1 against their halo, and against the land where the halo is thin`, () => {
      expect(contrast(site.labelColor, site.labelHalo)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(site.labelColor, themes[name as keyof typeof themes].land)).toBeGreaterThanOrEqual(4.5);
    });

    it(`${name}: cluster counts ≥ 4.5:1 on the cluster, cluster ≥ 3:1 on the land`, () => {
      expect(contrast(site.clusterText, site.clusterFill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(site.clusterFill, themes[name as keyof typeof themes].land)).toBeGreaterThanOrEqual(3);
    });
  }
});
