// Optional hosted basemap: VITE_BASEMAP_STYLE=<style URL> for a deployment with internet. Embedded stays the default.
import '../domain/schema/zod-config.ts'; // English messages (and no eval), as for every schema module
import { z } from 'zod/mini';

const styleUrl = z.url({ protocol: /^https?$/ });

/** The hosted style URL when one is configured and valid, else undefined (use the embedded basemap). */
export function hostedStyleUrl(value: unknown = import.meta.env.VITE_BASEMAP_STYLE): string | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = styleUrl.safeParse(value);
  if (!parsed.success) {
    console.warn(`VITE_BASEMAP_STYLE is not an http(s) URL, using the embedded basemap: ${String(value)}`);
    return undefined;
  }
  return parsed.data;
}
