import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteFeature } from '../domain/schema/site.ts';
import { toMapFeatures } from '../domain/map-features.ts';
import { parseUrlState } from '../domain/url/app-url.ts';
import { SitesList } from '../features/sites-list/SitesList.tsx';
import { SitePanel } from '../features/site-panel/SitePanel.tsx';
import { SiteChooser } from '../features/site-chooser/SiteChooser.tsx';
import { MapArea } from './MapArea.tsx';
import { Header } from './Header.tsx';
import { appReducer, initialState } from './store.ts';
import { useUrlSync } from './use-url-sync.ts';
import { useDocumentLanguage } from './use-document-language.ts';

export function AppShell({ sites }: { sites: SiteFeature[] }) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(appReducer, undefined, () => initialState(parseUrlState(window.location.search)));
  const [chooser, setChooser] = useState<string[] | null>(null);
  const byId = useMemo(() => new Map(sites.map((s) => [s.id, s])), [sites]);
  const mapData = useMemo(() => toMapFeatures(sites), [sites]);
  const selected = state.selectedId !== null ? byId.get(state.selectedId) : undefined;
  const unknownInUrl = state.selectedId !== null && selected === undefined;
  const returnFocus = useRef<HTMLElement | null>(null);

  useUrlSync(state, dispatch);
  useDocumentLanguage(state.lang);

  const select = useCallback((id: string) => {
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest('.site-panel')) {
      returnFocus.current = document.activeElement;
    }
    setChooser(null);
    dispatch({ type: 'select', id });
  }, []);

  const close = useCallback(() => {
    const closedId = state.selectedId;
    dispatch({ type: 'close' });
    // Give focus back to where the user was; if that element is gone, to the site's row in the list.
    requestAnimationFrame(() => {
      const back = returnFocus.current;
      if (back?.isConnected) back.focus();
      else document.querySelector<HTMLElement>(`.site-item[data-site-id="${closedId}"]`)?.focus();
    });
  }, [state.selectedId]);

  useEffect(() => {
    if (unknownInUrl) dispatch({ type: 'close' });
  }, [unknownInUrl]);

  return (
    <div className={`app app--view-${state.view}${selected ? ' app--panel-open' : ''}`}>
      <a className="skip-link" href="#sites-list">
        {t('app.skipToList')}
      </a>
      <Header lang={state.lang} onLang={(lang) => dispatch({ type: 'setLang', lang })} />
      <nav className="view-tabs" aria-label={t('views.tabsLabel')}>
        {(['map', 'list'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={state.view === v} onClick={() => dispatch({ type: 'setView', view: v })}>
            {t(`views.${v}`)}
          </button>
        ))}
      </nav>
      <main className="app__main">
        <div className="app__list">
          <SitesList
            sites={sites}
            lang={state.lang}
            sort={state.sort}
            selectedId={state.selectedId}
            onSort={(sort) => dispatch({ type: 'setSort', sort })}
            onSelect={(id) => {
              select(id);
              dispatch({ type: 'setView', view: 'map' });
            }}
          />
        </div>
        <div className="app__map">
          <MapArea data={mapData} lang={state.lang} selectedId={state.selectedId} onSelect={select} onChoose={setChooser} />
          {chooser && (
            <SiteChooser ids={chooser} byId={byId} lang={state.lang} onSelect={select} onClose={() => setChooser(null)} />
          )}
        </div>
        {selected && <SitePanel key={selected.id} site={selected} lang={state.lang} onClose={close} />}
      </main>
    </div>
  );
}
