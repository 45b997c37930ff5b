import { distance } from '@turf/turf';
import type { Confidence } from '../schema/site.ts';

/**
 * "I am here": how close (in metres) the student's position must be to a site's map point for a stamp. The less
 * sure the map point, the wider the circle: a commune centroid only says "somewhere in this commune". A site with
 * no map point (`none`) cannot be stamped this way. These are the app's own tolerances, not facts about the sites.
 */
export const VISIT_RADIUS_M: Record<Confidence, number | null> = {
  source: 150,
  'unofficial-dataset': 400,
  approximate: 1000,
  'commune-centroid': 3000,
  none: null,
};

/** The GPS's own uncertainty is added, up to this much (a coarse fix must not stamp from the next commune). */
export const MAX_ACCURACY_ALLOWANCE_M = 500;

export interface Fix {
  lon: number;
  lat: number;
  /** The browser's accuracy radius in metres. */
  accuracy: number;
}

export type HereCheck = { ok: true; metres: number } | { ok: false; reason: 'no-position' | 'too-far'; metres?: number; radius?: number };

/** Pure: is the fix within the site's radius? */
export function checkHere(site: { lon: number; lat: number } | null, confidence: Confidence, fix: Fix): HereCheck {
  const radius = VISIT_RADIUS_M[confidence];
  if (site === null || radius === null) return { ok: false, reason: 'no-position' };
  if (![fix.lon, fix.lat].every(Number.isFinite)) return { ok: false, reason: 'no-position' };
  const metres = distance([fix.lon, fix.lat], [site.lon, site.lat], { units: 'kilometers' }) * 1000;
  const allowance = Math.min(Math.max(0, Number.isFinite(fix.accuracy) ? fix.accuracy : 0), MAX_ACCURACY_ALLOWANCE_M);
  return metres <= radius + allowance ? { ok: true, metres } : { ok: false, reason: 'too-far', metres, radius: radius + allowance };
}
