import type { Lang } from '../../src/domain/schema/common.ts';
import type { SiteFeature } from '../../src/domain/schema/site.ts';

/**
 * schema.org data of a site page. `geo` only for a position printed in a source or estimated from a described
 * place: a commune's centroid is not where the site is, and a search engine would show it as if it were.
 */
export function siteJsonLd(site: SiteFeature, lang: Lang, url: string | null): Record<string, unknown> {
  const p = site.properties;
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': ['LandmarksOrHistoricalBuildings', 'TouristAttraction'],
    name: p.name[lang],
    description: p.summary[lang],
    inLanguage: lang,
    address: { '@type': 'PostalAddress', addressLocality: p.place.communeAfter2025, addressRegion: 'Thái Nguyên', addressCountry: 'VN' },
  };
  if (url) ld['url'] = url;
  if (p.aliases.length > 0) ld['alternateName'] = p.aliases;
  const c = p.location.confidence;
  if (site.geometry && (c === 'source' || c === 'approximate')) {
    const [longitude, latitude] = site.geometry.coordinates;
    ld['geo'] = { '@type': 'GeoCoordinates', latitude, longitude };
  }
  return ld;
}
