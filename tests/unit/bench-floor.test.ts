import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The bench compares the app's first-load JavaScript with a floor page: React + MapLibre drawing the same sites
 * with the same style code (bench/floor/main.tsx). The floor shares some of our map files; if one of them pulls in
 * a package the bare floor should not have (zod came in through the schema once, 25 KB), the floor grows and the
 * app's "+N KB over the floor" looks better than it is. This walks the floor's own import graph.
 */
const ROOT = resolve(import.meta.dirname, '../..');
/** Packages a bare React + MapLibre page needs (pmtiles: the embedded basemap; fonts: the style's glyphs). */
const FLOOR_PACKAGES = ['react', 'react-dom', 'maplibre-gl', 'pmtiles', '@fontsource/be-vietnam-pro'];

function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // `import type …` and `import { type X }`-only lines are erased by the compiler and cost nothing.
  return [...text.matchAll(/^import\s+(?!type\s)([^;]*?)\s+from\s+'([^']+)'|^import\s+'([^']+)'/gm)]
    .filter((m) => m[1] === undefined || !/^\{\s*(type\s+\w+\s*,?\s*)+\}$/.test(m[1]))
    .map((m) => (m[2] ?? m[3])!);
}

function floorGraph(): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of valueImports(file)) {
      if (spec.startsWith('.')) walk(resolve(dirname(file), spec.replace(/\?.*$/, '')));
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  walk(join(ROOT, 'bench/floor/main.tsx'));
  return { files: [...seen].map((f) => f.slice(ROOT.length + 1)), packages };
}

describe('the bench floor page', () => {
  it('imports only React, MapLibre and the basemap packages, so the comparison stays fair', () => {
    const { files, packages } = floorGraph();
    expect(files.length).toBeGreaterThan(5); // the walk really follows our map files
    expect([...packages].filter((p) => !FLOOR_PACKAGES.includes(p)).sort()).toEqual([]);
  });
});
