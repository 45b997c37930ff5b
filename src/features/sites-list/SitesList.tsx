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
}

/** Every site, sortable, synced with the map through the selection. */
export function SitesList({ sites, lang, sort, selectedId, onSort, onSelect }: Props) {
  const { t } = useTranslation();
  const sorted = useMemo(() => sortSites(sites, sort, lang), [sites, sort, lang]);
  return (
    <section className="sites-list" aria-labelledby="sites-list-heading" id="sites-list">
      <div className="sites-list__head">
        <h2 id="sites-list-heading">
          {t('list.heading')} <span className="count">({t('list.count', { count: sites.length })})</span>
        </h2>
        <label className="sites-list__sort">
          {t('list.sortBy')}{' '}
          <select value={sort} onChange={(e) => onSort(e.target.value === 'district' ? 'district' : 'name')}>
            <option value="name">{t('list.sortName')}</option>
            <option value="district">{t('list.sortDistrict')}</option>
          </select>
        </label>
      </div>
      <ul aria-label={t('list.label')}>
        {sorted.map((site) => (
          <li key={site.id}>
            <button
              type="button"
              className="site-item"
              data-site-id={site.id}
              aria-current={site.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(site.id)}
            >
              <CategoryIcon category={site.properties.category} />
              <span className="site-item__text">
                <span className="site-item__name">{displayName(site, lang)}</span>
                <span className="site-item__meta">
                  {site.properties.place.commune}, {site.properties.place.district}
                  {site.geometry === null ? ` · ${t('list.notOnMap')}` : ''}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
