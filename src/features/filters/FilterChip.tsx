import { useTranslation } from 'react-i18next';

/**
 * Over the map while filters hide sites ("Đang lọc: 12/31"), with a button that clears them: on a phone the filters
 * live in the list tab, so the map would otherwise give no sign that sites are missing from it.
 */
export function FilterChip({ shown, total, onClear }: { shown: number; total: number; onClear: () => void }) {
  const { t } = useTranslation();
  if (shown >= total) return null;
  return (
    <div className="filter-chip" role="status">
      <span className="filter-chip__text">{t('filters.chip', { count: shown, total })}</span>
      <button type="button" className="filter-chip__clear" onClick={onClear}>
        {t('filters.chipClear')}
      </button>
    </div>
  );
}
