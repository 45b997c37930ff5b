// What the embedded basemap was built from, as vite.config.ts read it from the basemap build's record at build time.
import '../domain/schema/zod-config.ts'; // English messages (and no eval), as for every schema module
import { z } from 'zod/mini';
import { BASEMAP_MODES, type BasemapMode } from '../domain/basemap/attribution.ts';

const modeSchema = z.enum(BASEMAP_MODES);

/** The build's mode, or undefined when the build did not say (a dev server started before any basemap build). */
export function embeddedBasemapMode(value: unknown = import.meta.env.VITE_BASEMAP_MODE): BasemapMode | undefined {
  const parsed = modeSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
