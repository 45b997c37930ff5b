import type { Lang } from './schema/common.ts';
import type { SiteFeature } from './schema/site.ts';

export type SiteSortKey = 'name' | 'district';

const collators: Record<Lang, Intl.Collator> = {
  vi: new Intl.Collator('vi', { sensitivity: 'base' }),
  en: new Intl.Collator('en', { sensitivity: 'base' }),
};

export function displayName(site: SiteFeature, lang: Lang): string {
  return (site.properties.shortName ?? site.properties.name)[lang];
}

/** Sort for the list: by name in the reader's language, or by pre-2025 district then name. Stable, pure. */
export function sortSites(sites: readonly SiteFeature[], key: SiteSortKey, lang: Lang): SiteFeature[] {
  const c = collators[lang];
  const byName = (a: SiteFeature, b: SiteFeature) => c.compare(displayName(a, lang), displayName(b, lang));
  const cmp =
    key === 'name'
      ? byName
      : (a: SiteFeature, b: SiteFeature) =>
          collators.vi.compare(a.properties.place.district, b.properties.place.district) || byName(a, b);
  return [...sites].sort(cmp);
}
