// Where the basemap build reads and writes, resolved from this file (repo root is two levels up).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const scriptsDir = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(scriptsDir, '..', '..');
export const defaultGeodataDir = resolve(repoRoot, '..', 'shared', 'geodata');
export const outDir = join(repoRoot, 'public', 'basemap');
export const vectorArchive = join(outDir, 'thai-nguyen.pmtiles');
export const terrainArchive = join(outDir, 'terrain.pmtiles');

/** The geodata folder, or undefined when it is absent (the build then falls back to world-atlas). */
export function geodataDir(): string | undefined {
  const dir = process.env.BASEMAP_GEODATA ?? defaultGeodataDir;
  return existsSync(join(dir, 'MANIFEST.md')) ? dir : undefined;
}
