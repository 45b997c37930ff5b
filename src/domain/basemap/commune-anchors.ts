import { splitUnitWord } from '../format-place.ts';
import type { Lang } from '../schema/common.ts';

// Points for commune and ward names on the map, where the basemap's places (OSM 2018) have none: the ATK valleys
// hold no place point within 19 km. Every point is one the research notes give (../shared/facts/NOTES.md), and
// none is invented here. They are the pre-2025 communes and wards, named as the places are still called; a point
// says where the name belongs, not a boundary.
//   infobox: §2, the point of the commune's Wikipedia infobox (or its mirror) listed there (Gia Sàng's point is
//     GeoNames', CC BY, and is left out);
//   centroid: §8, the centroid of the pre-2025 commune or ward polygon the notes give for its sites.
// Communes the basemap already names (Chợ Chu, Hùng Sơn, the city of Thái Nguyên) are left out.
// Since the 2025 merger some of these names still name a commune (Phú Đình took in Điềm Mặc and kept its name) and
// some name no unit at all (Điềm Mặc, now in xã Phú Đình): the map marks the latter, "Điềm Mặc (cũ)" / "(former)",
// as the site notes write "xã Điềm Mặc cũ".

export interface CommuneAnchor {
  name: string;
  kind: 'commune' | 'ward';
  lon: number;
  lat: number;
  origin: 'infobox' | 'centroid';
  /** The unit it became part of on 1/7/2025 (NOTES.md §3: NQ 1683 items 1–4, the rest from a secondary source). */
  after2025: string;
}

export const COMMUNE_ANCHORS: readonly CommuneAnchor[] = [
  { name: 'Phú Đình', kind: 'commune', lon: 105.525, lat: 21.80111, origin: 'infobox', after2025: 'xã Phú Đình' },
  { name: 'Thanh Định', kind: 'commune', lon: 105.54361, lat: 21.86444, origin: 'infobox', after2025: 'xã Bình Yên' },
  { name: 'Bình Yên', kind: 'commune', lon: 105.5783, lat: 21.8513, origin: 'infobox', after2025: 'xã Bình Yên' },
  { name: 'Định Biên', kind: 'commune', lon: 105.5778, lat: 21.8774, origin: 'infobox', after2025: 'xã Bình Yên' },
  { name: 'Bảo Linh', kind: 'commune', lon: 105.56667, lat: 21.91917, origin: 'infobox', after2025: 'xã Định Hóa' },
  { name: 'Đồng Thịnh', kind: 'commune', lon: 105.5967, lat: 21.8763, origin: 'infobox', after2025: 'xã Định Hóa' },
  { name: 'Tân Thái', kind: 'commune', lon: 105.685, lat: 21.60333, origin: 'infobox', after2025: 'xã Đại Phúc' },
  { name: 'Điềm Mặc', kind: 'commune', lon: 105.54015, lat: 21.82833, origin: 'centroid', after2025: 'xã Phú Đình' },
  { name: 'Bình Thành', kind: 'commune', lon: 105.56839, lat: 21.77418, origin: 'centroid', after2025: 'xã Bình Thành' },
  { name: 'La Bằng', kind: 'commune', lon: 105.53635, lat: 21.62721, origin: 'centroid', after2025: 'xã La Bằng' },
  { name: 'Tràng Xá', kind: 'commune', lon: 106.09246, lat: 21.7086, origin: 'centroid', after2025: 'xã Tràng Xá' },
  { name: 'Trưng Vương', kind: 'ward', lon: 105.84377, lat: 21.59663, origin: 'centroid', after2025: 'phường Phan Đình Phùng' },
  { name: 'Tân Thịnh', kind: 'ward', lon: 105.81685, lat: 21.58185, origin: 'centroid', after2025: 'phường Phan Đình Phùng' },
];

/** The words the map adds to a name that no longer names a unit. */
const FORMER: Readonly<Record<Lang, string>> = { vi: 'cũ', en: 'former' };

/** Does the name still name a unit after the 2025 merger (its own, or the one it merged into)? */
export function stillNamesAUnit(a: CommuneAnchor): boolean {
  return splitUnitWord(a.after2025).name === a.name;
}

/** The map's label of an anchor: its name, marked former where the name names no unit since 1/7/2025. */
export function communeLabel(a: CommuneAnchor, lang: Lang): string {
  return stillNamesAUnit(a) ? a.name : `${a.name} (${FORMER[lang]})`;
}
