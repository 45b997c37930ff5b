import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles } from '../../src/domain/validate/validate-content.ts';

/**
 * Read every file below `<root>/data` into memory, keyed "data/<relative path>" with forward slashes.
 * Content is small (tens of files, < 1 MB); reading it whole keeps the validator pure.
 */
export function readDataFolder(root: string, folder = 'data'): ContentFiles {
  const files = new Map<string, Uint8Array>();
  const base = join(root, folder);
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(['data', ...relative(base, full).split(sep)].join('/'), new Uint8Array(readFileSync(full)));
    }
  };
  walk(base);
  return files;
}
