import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { displayName } from '../../domain/sort-sites.ts';
import { useVisitorState } from '../../shared/reset-count.ts';
import { useSearchIndex } from './use-search-index.ts';

interface Props {
  sites: readonly SiteFeature[];
  lang: Lang;
  onSelect: (id: string) => void;
}

const MAX_SUGGESTIONS = 8;

/**
 * Search the way Vietnamese people type (no tones needed, đ = d), over names, aliases, communes old and new,
 * summaries and stories. A WAI-ARIA combobox: arrows move through suggestions, Enter selects, Escape clears.
 */
export function SearchBox({ sites, lang, onSelect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // What one visitor typed: a kiosk reset empties the box for the next one.
  const [query, setQuery] = useVisitorState('');
  const [wanted, setWanted] = useState(false);
  const [active, setActive] = useVisitorState(-1);
  const [open, setOpen] = useVisitorState(false);
  const engine = useSearchIndex(sites, wanted);
  const byId = useMemo(() => new Map(sites.map((s) => [s.id, s])), [sites]);
  const hits = useMemo(
    () => (engine && query.trim() ? engine.search(engine.index, query, { limit: MAX_SUGGESTIONS }) : []),
    [engine, query],
  );
  const listId = `${id}-list`;
  const expanded = open && query.trim().length > 0;

  const choose = (siteId: string) => {
    onSelect(siteId);
    setOpen(false);
    setActive(-1);
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      {/* The placeholder is short so that no width cuts it; the whole hint is the input's description and tooltip. */}
      <span id={`${id}-hint`} className="visually-hidden">
        {t('search.hint')}
      </span>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        title={t('search.hint')}
        aria-describedby={`${id}-hint`}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && hits[active] ? `${id}-opt-${active}` : undefined}
        value={query}
        onFocus={() => {
          setWanted(true);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            const hit = hits[active >= 0 ? active : 0];
            if (hit) {
              e.preventDefault();
              choose(hit.id);
            }
          } else if (e.key === 'Escape') {
            if (expanded) {
              e.stopPropagation();
              setOpen(false);
            } else setQuery('');
          }
        }}
      />
      <ul id={listId} role="listbox" className="search__list" aria-label={t('search.results')} hidden={!expanded}>
        {expanded && hits.length === 0 && engine && (
          <li className="search__empty" role="option" aria-disabled="true" aria-selected="false">
            {t('search.none')}
          </li>
        )}
        {hits.map((hit, i) => {
          const site = byId.get(hit.id);
          if (!site) return null;
          return (
            <li
              key={hit.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className="search__option"
              data-site-id={hit.id}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit.id)}
            >
              <span className="search__name">{displayName(site, lang)}</span>
              <span className="search__why">{t(`search.field.${hit.matchedField}`)}</span>
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded && engine ? t('search.count', { count: hits.length }) : ''}
      </p>
    </div>
  );
}
