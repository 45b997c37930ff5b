/**
 * "Chỉ đường" / "Directions": links that hand the site's position to the visitor's own maps app. Pure: the caller
 * gives the user agent; nothing is fetched, the visitor taps an outgoing link.
 */
import type { Confidence } from './schema/site.ts';

export interface DirectionsLinks {
  /** `geo:` URI (RFC 5870 with the Android `q=` label) on Android-like devices, which open their maps app; else null. */
  geo: string | null;
  /** Always: OpenStreetMap's route planner with the site as destination (the start is left to the visitor). */
  web: string;
}

/** Positions precise enough to drive to. A commune centre is not the site: directions there would mislead. */
export function canGiveDirections(confidence: Confidence, hasPosition: boolean): boolean {
  return hasPosition && confidence !== 'commune-centroid' && confidence !== 'none';
}

/** Android and its relatives (Android WebViews, KaiOS) understand `geo:`; iOS and desktops do not. */
export function isAndroidLike(userAgent: string): boolean {
  return /\b(android|kaios)\b/i.test(userAgent);
}

const coord = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** A label inside `q=lat,lon(label)`: parentheses would end it early, so they become spaces; then URI-encoded. */
function geoLabel(name: string): string {
  return encodeURIComponent(name.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120));
}

/** Pure: the links for a position [lon, lat] named `name`, for this user agent. */
export function directionsLinks(lonLat: readonly [number, number], name: string, userAgent: string): DirectionsLinks {
  const lat = coord(lonLat[1]);
  const lon = coord(lonLat[0]);
  const web = `https://www.openstreetmap.org/directions?route=;${lat},${lon}`;
  const geo = isAndroidLike(userAgent) ? `geo:${lat},${lon}?q=${lat},${lon}(${geoLabel(name)})` : null;
  return { geo, web };
}
