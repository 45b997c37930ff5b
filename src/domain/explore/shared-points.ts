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

/**
 * Sites closer than this look like one point even at the map's closest zoom (16: about 1.1 m per pixel at
 * Thái Nguyên's latitude, a site icon is about 22 px): ATK Định Hóa and the four sites given its village's point.
 */
export const STACK_METERS = 30;

/** Distance in metres between two nearby lon/lat points (equirectangular: exact enough under a kilometre). */
function metersApart(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const x = (b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = b[1] - a[1];
  return Math.hypot(x, y) * rad * 6_371_008.8;
}

/** True when every position is within `meters` of the first: the map cannot split them, so a list must. */
export function isOnePoint(positions: readonly (readonly [number, number])[], meters = STACK_METERS): boolean {
  const first = positions[0];
  return first !== undefined && positions.every((p) => metersApart(first, p) <= meters);
}

export interface PlacedId {
  id: string;
  coordinates: readonly [number, number];
}

/**
 * Stacks of two or more sites drawn as one point: each site joins the first stack whose first site is within
 * `meters`. Ids in input order; the first is the one the map labels ("ATK Định Hóa +4").
 */
export function pointStacks(points: readonly PlacedId[], meters = STACK_METERS): string[][] {
  const stacks: { at: readonly [number, number]; ids: string[] }[] = [];
  for (const p of points) {
    const stack = stacks.find((s) => metersApart(s.at, p.coordinates) <= meters);
    if (stack) stack.ids.push(p.id);
    else stacks.push({ at: p.coordinates, ids: [p.id] });
  }
  return stacks.filter((s) => s.ids.length > 1).map((s) => s.ids);
}
