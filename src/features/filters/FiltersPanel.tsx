import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import {
  emptyFilters, facetCounts, FACETS, isEmpty, periodLabelKey, toggle, type FacetKey, type FacetValue, type FilterState, type PeriodId,
} from '../../domain/explore/filters.ts';
import { CategoryIcon } from '../shared/CategoryIcon.tsx';
import { unitText } from '../../domain/format-place.ts';
import { unitWords } from '../site-panel/UnitName.tsx';
import { useResetCount } from '../../shared/reset-count.ts';

interface Props {
  sites: readonly SiteFeature[];
  filters: FilterState;
  lang: Lang;
  matching: number;
  onChange: (filters: FilterState) => void;
}

/** Faceted filters: AND across groups, OR within one, with the count each choice would give. */
export function FiltersPanel({ sites, filters, lang, matching, onChange }: Props) {
  const { t } = useTranslation();
  const counts = useMemo(() => facetCounts(sites, filters), [sites, filters]);
  const active = FACETS.reduce((n, f) => n + filters[f].length, 0);
  // A box this visitor opened is folded again at a kiosk reset (the store's count moves; the filters are empty).
  const box = useRef<HTMLDetailsElement>(null);
  const resets = useResetCount();
  useEffect(() => {
    if (resets > 0 && box.current) box.current.open = false;
  }, [resets]);

  const label = (facet: FacetKey, value: string): React.ReactNode => {
    switch (facet) {
      case 'categories':
        return t(`category.${value}`);
      case 'ranks':
        return value === 'atk-component' ? t('content.atkComponent') : t(`rank.${value}`);
      case 'periods':
        return t(periodLabelKey(value as PeriodId));
      case 'communesAfter2025':
        // "xã Phú Đình" → "Phú Đình commune" in English; the filter value stays the data's name.
        return unitText(value, lang, unitWords(t));
      default:
        return value;
    }
  };

  return (
    <details className="filters" ref={box} open={active > 0 ? true : undefined}>
      <summary>
        {t('filters.title')}
        {active > 0 && <span className="badge">{active}</span>}
      </summary>
      <p className="filters__result" role="status" aria-live="polite">
        {t('filters.matching', { count: matching, total: sites.length })}
      </p>
      {!isEmpty(filters) && (
        <button type="button" className="link-button" onClick={() => onChange(emptyFilters())}>
          {t('filters.clear')}
        </button>
      )}
      {FACETS.map((facet) => {
        const values = [...(counts[facet] as Map<string, number>).entries()];
        return (
          <fieldset key={facet} className="filters__group">
            <legend>{t(`filters.facet.${facet}`)}</legend>
            {values.map(([value, count]) => {
              const checked = (filters[facet] as readonly string[]).includes(value);
              return (
                <label key={value} className={`filters__option${count === 0 && !checked ? ' filters__option--empty' : ''}`}>
                  <input
                    type="checkbox"
                    checked={checked}
                    data-facet={facet}
                    data-value={value}
                    onChange={() => onChange(toggle(filters, facet, value as FacetValue<typeof facet>))}
                  />
                  {facet === 'categories' && <CategoryIcon category={value as SiteFeature['properties']['category']} size={16} />}
                  <span className="filters__label">{label(facet, value)}</span>
                  <span className="filters__count">{count}</span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </details>
  );
}
