import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { loadSites } from '../content/load-sites.ts';
import { loadContentIndex } from '../content/load-index.ts';
import type { SiteFeature } from '../domain/schema/site.ts';
import { startLang } from './start-lang.ts';
import { createI18n, ensureLanguage } from '../i18n/i18n.ts';
import { AppShell } from './AppShell.tsx';
import { ErrorScreen } from '../shared/ErrorScreen.tsx';
import { hasPrerendered, useRemovePrerendered } from './prerendered.ts';
import { addressNamesSite, loadSitePanel } from './lazy-site-panel.ts';

type Loaded = { kind: 'loading' } | { kind: 'error'; file: string; message: string } | { kind: 'ready'; sites: SiteFeature[] };

/** Loads the content once, then hands it to the shell; a load failure is a screen that names the problem. */
export function App({ i18n: given }: { i18n?: i18n }) {
  // One i18next instance for the app's life (a default argument would make a new one at every render).
  const [i18n] = useState(() => given ?? createI18n('vi'));
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  // A pre-rendered page keeps its own text on screen while loading, instead of "loading…" (issue 16).
  const [prerendered] = useState(() => typeof document !== 'undefined' && hasPrerendered());
  useRemovePrerendered(loaded.kind !== 'loading');
  useEffect(() => {
    let live = true;
    // The first screen's language (a shared link's, the visitor's choice, an English browser's) is ready before it
    // shows, so it never flashes in Vietnamese.
    const lang = startLang();
    // A link to a site loads its panel beside the content rather than after it.
    if (addressNamesSite(window.location.search)) void loadSitePanel();
    // The content index (which stories exist) too: the first screen's header has its story button.
    void Promise.all([loadSites(), ensureLanguage(i18n, lang).catch(() => undefined), loadContentIndex()]).then(([r]) => {
      if (!live) return;
      setLoaded(r.ok ? { kind: 'ready', sites: r.value } : { kind: 'error', file: r.file, message: r.message });
    });
    return () => {
      live = false;
    };
  }, [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      {loaded.kind === 'loading' && !prerendered && (
        <p className="loading" role="status">
          {i18n.t('app.loading')}
        </p>
      )}
      {loaded.kind === 'error' && (
        <ErrorScreen message={i18n.t('errors.contentLoad', { file: loaded.file, message: loaded.message })} />
      )}
      {loaded.kind === 'ready' && <AppShell sites={loaded.sites} />}
    </I18nextProvider>
  );
}
