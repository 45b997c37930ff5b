// Points for commune and ward names on the map, where the basemap's places (OSM 2018) have none: the ATK valleys
// hold no place point within 19 km. Every point is one the research notes give (../shared/facts/NOTES.md), and
// none is invented here. They are the pre-2025 communes and wards, named as the places are still called; a point
// says where the name belongs, not a boundary.
//   infobox: §2, the point of the commune's Wikipedia infobox (or its mirror) listed there (Gia Sàng's point is
//     GeoNames', CC BY, and is left out);
//   centroid: §8, the centroid of the pre-2025 commune or ward polygon the notes give for its sites.
// Communes the basemap already names (Chợ Chu, Hùng Sơn, the city of Thái Nguyên) are left out.

export interface CommuneAnchor {
  name: string;
  kind: 'commune' | 'ward';
  lon: number;
  lat: number;
  origin: 'infobox' | 'centroid';
}

export const COMMUNE_ANCHORS: readonly CommuneAnchor[] = [
  { name: 'Phú Đình', kind: 'commune', lon: 105.525, lat: 21.80111, origin: 'infobox' },
  { name: 'Thanh Định', kind: 'commune', lon: 105.54361, lat: 21.86444, origin: 'infobox' },
  { name: 'Bình Yên', kind: 'commune', lon: 105.5783, lat: 21.8513, origin: 'infobox' },
  { name: 'Định Biên', kind: 'commune', lon: 105.5778, lat: 21.8774, origin: 'infobox' },
  { name: 'Bảo Linh', kind: 'commune', lon: 105.56667, lat: 21.91917, origin: 'infobox' },
  { name: 'Đồng Thịnh', kind: 'commune', lon: 105.5967, lat: 21.8763, origin: 'infobox' },
  { name: 'Tân Thái', kind: 'commune', lon: 105.685, lat: 21.60333, origin: 'infobox' },
  { name: 'Điềm Mặc', kind: 'commune', lon: 105.54015, lat: 21.82833, origin: 'centroid' },
  { name: 'Bình Thành', kind: 'commune', lon: 105.56839, lat: 21.77418, origin: 'centroid' },
  { name: 'La Bằng', kind: 'commune', lon: 105.53635, lat: 21.62721, origin: 'centroid' },
  { name: 'Tràng Xá', kind: 'commune', lon: 106.09246, lat: 21.7086, origin: 'centroid' },
  { name: 'Trưng Vương', kind: 'ward', lon: 105.84377, lat: 21.59663, origin: 'centroid' },
  { name: 'Tân Thịnh', kind: 'ward', lon: 105.81685, lat: 21.58185, origin: 'centroid' },
];
