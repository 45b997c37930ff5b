/**
 * "Near me": sites ordered by distance from the visitor, and geolocation errors as message keys.
 * Pure: the caller obtains the position and the error code from the browser.
 */
import { distance, point } from '@turf/turf';
import type { SiteFeature } from '../schema/site.ts';

export interface LonLat {
  lon: number;
  lat: number;
}

export interface SiteDistance {
  id: string;
  /** Great-circle distance in kilometres; null when the site has no map position. */
  km: number | null;
}

/**
 * Located sites nearest first (ties keep input order), then unlocated sites in input order with km null.
 * An invalid `from` (non-finite or out of range) gives every site km null, in input order.
 */
export function sortByDistance(sites: readonly SiteFeature[], from: LonLat): SiteDistance[] {
  const valid =
    Number.isFinite(from.lon) && Number.isFinite(from.lat) && Math.abs(from.lat) <= 90 && Math.abs(from.lon) <= 180;
  const origin = valid ? point([from.lon, from.lat]) : null;
  const located: SiteDistance[] = [];
  const unlocated: SiteDistance[] = [];
  for (const site of sites) {
    if (origin === null || site.geometry === null) {
      unlocated.push({ id: site.id, km: null });
    } else {
      located.push({ id: site.id, km: distance(origin, site.geometry.coordinates, { units: 'kilometers' }) });
    }
  }
  located.sort((a, b) => (a.km ?? 0) - (b.km ?? 0));
  return [...located, ...unlocated];
}

export const NEAR_ME_MESSAGE_KEYS = ['nearMe.denied', 'nearMe.unavailable', 'nearMe.timeout', 'nearMe.error'] as const;
export type NearMeMessageKey = (typeof NEAR_ME_MESSAGE_KEYS)[number];

/**
 * i18n key for a GeolocationPositionError code: 1 PERMISSION_DENIED, 2 POSITION_UNAVAILABLE, 3 TIMEOUT;
 * anything else (including a missing geolocation API, by convention 0) is 'nearMe.error'.
 */
export function geolocationErrorKind(code: number): NearMeMessageKey {
  switch (code) {
    case 1:
      return 'nearMe.denied';
    case 2:
      return 'nearMe.unavailable';
    case 3:
      return 'nearMe.timeout';
    default:
      return 'nearMe.error';
  }
}
