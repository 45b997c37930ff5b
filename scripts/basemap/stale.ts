// Is the basemap older than anything it is made from? Compared by modification time, so it is quick.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestIn(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, name)));
  return newest;
}

/** True when an output is missing or an input (file or folder, searched through) is newer than the oldest output. */
export function isStale(inputs: readonly string[], outputs: readonly string[]): boolean {
  if (outputs.some((o) => !existsSync(o))) return true;
  const oldestOutput = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  const newestInput = Math.max(0, ...inputs.filter((i) => existsSync(i)).map(newestIn));
  return newestInput > oldestOutput;
}
