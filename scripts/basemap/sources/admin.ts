// Administrative areas: country and province outlines, districts, and points for their labels.
import { join } from 'node:path';
import { z } from 'zod';
import { feature, readFeatures, type Feature } from '../geojson.ts';
import { labelPoint, largestPart } from '../geometry.ts';
import type { LayerSource } from '../layer.ts';

const districtProps = z.object({ name: z.string(), level1_id: z.string() });
const provinceProps = z.object({ name: z.string(), level1_id: z.string() });
const ne1Props = z.object({ name: z.string() });
const THAI_NGUYEN = '19';

/** "Huyện Định Hóa" → "Định Hóa": the short form that fits on the map. */
export function shortName(name: string): string {
  return name.replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Quận)\s+/u, '');
}

export function adminLayers(dir: string): LayerSource[] {
  const admin: Feature[] = [];
  const labels: Feature[] = [];
  for (const f of readFeatures(join(dir, 'admin/ne10m_admin1_region.geojson'))) {
    ne1Props.parse(f.properties);
    admin.push(feature(f.geometry, { kind: 'province', _maxzoom: 7 }));
  }
  for (const f of readFeatures(join(dir, 'admin/region_provinces.geojson'))) {
    const p = provinceProps.parse(f.properties);
    const home = p.level1_id === THAI_NGUYEN ? 1 : 0;
    admin.push(feature(f.geometry, { kind: 'province', home, _minzoom: 8 }));
    const at = labelPoint(largestPart(f.geometry));
    if (at) labels.push(feature({ type: 'Point', coordinates: at }, { kind: 'province', name: shortName(p.name), home, _maxzoom: 9 }));
  }
  for (const f of readFeatures(join(dir, 'admin/region_districts.geojson'))) {
    const p = districtProps.parse(f.properties);
    const home = p.level1_id === THAI_NGUYEN ? 1 : 0;
    admin.push(feature(f.geometry, { kind: 'district', home, _minzoom: 9 }));
    const at = labelPoint(largestPart(f.geometry));
    if (at) {
      labels.push(
        feature({ type: 'Point', coordinates: at }, { kind: 'district', name: shortName(p.name), home, _minzoom: 10 - home }),
      );
    }
  }
  return [
    {
      id: 'admin',
      description: 'province (z5+) and district (z9+) areas; draw their outlines; home=1 inside Thái Nguyên',
      minzoom: 5,
      maxzoom: 14,
      features: admin,
      tolerance: 8,
    },
    {
      id: 'admin_labels',
      description: 'label points of countries, provinces and districts (short names)',
      minzoom: 4,
      maxzoom: 14,
      features: labels,
    },
  ];
}
