import type { Endpoint } from './endpoint.ts';

export type Terrain = 'mountain' | 'plain';

/**
 * Districts (pre-2025 names) whose roads are mountain roads: Định Hóa (the ATK, passes such as Đèo De) and
 * Võ Nhai (karst; Khuôn Mánh, Hang Phượng Hoàng).
 */
export const MOUNTAIN_DISTRICTS: readonly string[] = ['Định Hóa', 'Võ Nhai'];

/**
 * Longitude band of the midland plain around the city and QL3. West of 105.70°E the roads climb into Định Hóa,
 * Đại Từ's Tam Đảo foothills (La Bằng, Tân Thái); east of 106.00°E lies Võ Nhai's karst. Đền Đuổm (105.706°E)
 * stays on the plain: it is on QL3, 25 km by road for 23 km straight (ratio 1.09, see NOTES.md §2, §4).
 */
export const PLAIN_LON_MIN = 105.7;
export const PLAIN_LON_MAX = 106.0;

function isMountain(e: Endpoint): boolean {
  if (e.district !== undefined && MOUNTAIN_DISTRICTS.includes(e.district)) return true;
  if (e.position === null) return false;
  const lon = e.position[0];
  return lon < PLAIN_LON_MIN || lon > PLAIN_LON_MAX;
}

/** A leg is on mountain roads when either end is in a mountain district or outside the plain's longitude band. */
export function terrainOf(from: Endpoint, to: Endpoint): Terrain {
  return isMountain(from) || isMountain(to) ? 'mountain' : 'plain';
}
