import type { SiteFeature } from '../schema/site.ts';

/** One end of a leg: a map position (null when unknown) and the pre-2025 district when known. */
export interface Endpoint {
  position: readonly [lon: number, lat: number] | null;
  district?: string;
}

export function endpointOfSite(site: SiteFeature): Endpoint {
  return {
    position: site.geometry === null ? null : [site.geometry.coordinates[0], site.geometry.coordinates[1]],
    district: site.properties.place.district,
  };
}
