// A small record of the last build next to the archives: what it was built from, and its figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { outDir } from './paths.ts';
import { BASEMAP_MODES } from '../../src/domain/basemap/attribution.ts';

const archiveInfo = z.object({
  file: z.string(),
  bytes: z.number(),
  tiles: z.number(),
  contents: z.number(),
  minzoom: z.number(),
  maxzoom: z.number(),
  layers: z.array(z.string()),
});
export const buildInfoSchema = z.object({
  mode: z.enum(BASEMAP_MODES),
  /** the OSM extract, for mode osm */
  source: z.string().optional(),
  seconds: z.number(),
  vector: archiveInfo,
  terrain: archiveInfo,
});
export type BuildInfo = z.infer<typeof buildInfoSchema>;
export type ArchiveInfo = z.infer<typeof archiveInfo>;

export const buildInfoFile = join(outDir, 'build-info.json');

export function readBuildInfo(): BuildInfo | undefined {
  if (!existsSync(buildInfoFile)) return undefined;
  const parsed = buildInfoSchema.safeParse(JSON.parse(readFileSync(buildInfoFile, 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

export function writeBuildInfo(info: BuildInfo): void {
  writeFileSync(buildInfoFile, `${JSON.stringify(info, null, 2)}\n`);
}
