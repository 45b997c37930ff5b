import type { Category, Confidence, RankLevel, SiteFeature } from './schema/site.ts';

const RANK_ORDER: Readonly<Record<RankLevel, number>> = { 'special-national': 0, national: 1, provincial: 2, none: 3, unknown: 3 };

/** Flat properties the map layers read (MapLibre cannot read nested objects in expressions). */
export interface MapSiteProperties {
  id: string;
  category: Category;
  confidence: Confidence;
  label_vi: string;
  label_en: string;
  /**
   * Label priority, lower first (the layers' symbol-sort-key): 0 special national, 1 national, 2 provincial,
   * 3 other; a point that holds several sites goes before all of them (minus its count, see stack-labels.ts).
   */
  labelRank: number;
  /** For every site of a point that holds several, that point's label ("ATK Định Hóa +4"); else ''. */
  stack_vi: string;
  stack_en: string;
  /**
   * The site's commune or ward since 1/7/2025 in the UI's language ("xã Phú Đình", "Phú Đình commune"), a second
   * line of its name at close zoom, where the basemap has no place name of its own; '' where the data leaves it
   * uncertain, or no `unitText` was given.
   */
  commune: string;
}

/** An administrative unit as the content writes it ("xã Phú Đình"), said in the UI's language (format-place.ts). */
export type UnitText = (unit: string) => string;

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

/**
 * Derive the map's GeoJSON from the sites: located sites only, with short labels in both languages, and their
 * commune where `unitText` is given.
 */
export function toMapFeatures(sites: readonly SiteFeature[], unitText?: UnitText): MapSiteCollection {
  const features: MapSiteFeature[] = [];
  for (const s of sites) {
    if (s.geometry === null) continue;
    const p = s.properties;
    const commune = unitText === undefined || p.place.communeAfter2025Confidence === 'uncertain' ? '' : unitText(p.place.communeAfter2025);
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
        labelRank: RANK_ORDER[p.rank.level],
        stack_vi: '',
        stack_en: '',
        commune,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
