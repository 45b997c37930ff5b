import type { Category, Confidence, SiteFeature } from './schema/site.ts';

/** Flat properties the map layers read (MapLibre cannot read nested objects in expressions). */
export interface MapSiteProperties {
  id: string;
  category: Category;
  confidence: Confidence;
  label_vi: string;
  label_en: string;
}

export interface MapSiteFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: MapSiteProperties;
}

export interface MapSiteCollection {
  type: 'FeatureCollection';
  features: MapSiteFeature[];
}

/** Derive the map's GeoJSON from the sites: located sites only, with short labels in both languages. */
export function toMapFeatures(sites: readonly SiteFeature[]): MapSiteCollection {
  const features: MapSiteFeature[] = [];
  for (const s of sites) {
    if (s.geometry === null) continue;
    const p = s.properties;
    features.push({
      type: 'Feature',
      id: s.id,
      geometry: { type: 'Point', coordinates: [s.geometry.coordinates[0], s.geometry.coordinates[1]] },
      properties: {
        id: s.id,
        category: p.category,
        confidence: p.location.confidence,
        label_vi: (p.shortName ?? p.name).vi,
        label_en: (p.shortName ?? p.name).en,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
