import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { displayName, sortSites, type SiteSortKey } from '../../domain/sort-sites.ts';
import { CategoryIcon } from '../shared/CategoryIcon.tsx';

interface Props {
  sites: readonly SiteFeature[];
  lang: Lang;
  sort: SiteSortKey;
  selectedId: string | null;
  onSort: (sort: SiteSortKey) => void;
  onSelect: (id: string) => void;
  /** "Near me": km per site (null = not located), nearest first; when given, the list follows this order. */
  distances?: ReadonlyArray<{ id: string; km: number | null }> | undefined;
  /** Controls shown above the list (filters, near me). */
  tools?: React.ReactNode;
  /** Actions per row (add to plan), from other features. */
  rowAction?: (site: SiteFeature) => React.ReactNode;
  /**
   * The pre-rendered home page's copy of the list (scripts/pages): each row links to the site's page, says its
   * category in words, and the sort control is an inert look-alike, so the app's list takes its place unchanged.
   */
  linkTo?: (site: SiteFeature) => string;
}

/** Every site, sortable, synced with the map through the selection. */
export function SitesList({ sites, lang, sort, selectedId, onSort, onSelect, distances, tools, rowAction, linkTo }: Props) {
  const { t } = useTranslation();
  const sorted = useMemo(() => {
    if (!distances) return sortSites(sites, sort, lang);
    const byId = new Map(sites.map((s) => [s.id, s]));
    return distances.map((d) => byId.get(d.id)).filter((s): s is SiteFeature => s !== undefined);
  }, [sites, sort, lang, distances]);
  const km = useMemo(() => new Map(distances?.map((d) => [d.id, d.km]) ?? []), [distances]);
  const fmt = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }), [lang]);
  return (
    <section className="sites-list" aria-labelledby="sites-list-heading" id="sites-list">
      <div className="sites-list__head">
        <h2 id="sites-list-heading">
          {t('list.heading')} <span className="count">({sites.length})</span>
        </h2>
        {tools}
        <label className="sites-list__sort" hidden={distances !== undefined} inert={linkTo !== undefined}>
          {t('list.sortBy')}{' '}
          <select value={sort} onChange={(e) => onSort(e.target.value === 'district' ? 'district' : 'name')}>
            <option value="name">{t('list.sortName')}</option>
            <option value="district">{t('list.sortDistrict')}</option>
          </select>
        </label>
      </div>
      <ul aria-label={t('list.label')}>
        {sorted.map((site) => (
          <li key={site.id} className="sites-list__row">
            {linkTo ? (
              <a className="site-item" href={linkTo(site)} data-site-id={site.id}>
                <CategoryIcon category={site.properties.category} />
                <SiteItemText site={site} lang={lang} km={undefined} fmt={fmt} category />
              </a>
            ) : (
              <button
                type="button"
                className="site-item"
                data-site-id={site.id}
                aria-current={site.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(site.id)}
              >
                <CategoryIcon category={site.properties.category} />
                <SiteItemText site={site} lang={lang} km={km.get(site.id)} fmt={fmt} />
              </button>
            )}
            {rowAction?.(site)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SiteItemText({ site, lang, km, fmt, category }: { site: SiteFeature; lang: Lang; km: number | null | undefined; fmt: Intl.NumberFormat; category?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="site-item__text">
      <span className="site-item__name">{displayName(site, lang)}</span>
      <span className="site-item__meta">
        {site.properties.place.commune}, {site.properties.place.district}
        {site.geometry === null ? ` · ${t('list.notOnMap')}` : ''}
        {category && <span className="visually-hidden"> · {t(`category.${site.properties.category}`)}</span>}
      </span>
      {km != null && <span className="site-item__distance">{t('nearMe.km', { km: fmt.format(km) })}</span>}
    </span>
  );
}
