/**
 * Sites drawn at exactly the same point (several sites carry the same commune-centre coordinates):
 * the map must offer a list instead of hiding all but one marker.
 */
import type { SiteFeature } from '../schema/site.ts';

/** Map key of a position: "lon,lat" with JavaScript's shortest round-trip number formatting. */
export function positionKey(coordinates: readonly [number, number]): string {
  return `${coordinates[0]},${coordinates[1]}`;
}

/**
 * Positions shared by two or more sites → their ids, in input order. Unlocated sites and sites
 * alone at their point are not included. Map order: first appearance of each shared position.
 */
export function groupByPosition(sites: readonly SiteFeature[]): Map<string, string[]> {
  const all = new Map<string, string[]>();
  for (const site of sites) {
    if (site.geometry === null) continue;
    const key = positionKey(site.geometry.coordinates);
    const ids = all.get(key);
    if (ids === undefined) all.set(key, [site.id]);
    else ids.push(site.id);
  }
  return new Map([...all].filter(([, ids]) => ids.length > 1));
}

/**
 * The OTHER sites at exactly the same point as site `id`, in input order;
 * [] when the site is alone, unlocated or unknown.
 */
export function sitesAtSamePoint(sites: readonly SiteFeature[], id: string): string[] {
  const self = sites.find((s) => s.id === id);
  if (self === undefined || self.geometry === null) return [];
  const key = positionKey(self.geometry.coordinates);
  return sites
    .filter((s) => s.id !== id && s.geometry !== null && positionKey(s.geometry.coordinates) === key)
    .map((s) => s.id);
}
