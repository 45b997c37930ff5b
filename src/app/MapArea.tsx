import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../domain/schema/common.ts';
import type { MapSiteCollection } from '../domain/map-features.ts';
import { hasWebGL } from '../map/webgl-support.ts';
import { ErrorBoundary } from '../shared/ErrorBoundary.tsx';
import { HOME_VIEW } from '../map/home-view.ts';
import type { ThemeName } from '../map/site-themes.ts';

const ThemedMapView = lazy(() => import('../map/ThemedMapView.tsx').then((m) => ({ default: m.ThemedMapView })));

interface Props {
  data: MapSiteCollection;
  lang: Lang;
  theme: ThemeName;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onChoose: (ids: string[]) => void;
  onMapReady: (map: MapLibreMap) => void;
  children?: React.ReactNode;
}

function NoMap() {
  const { t } = useTranslation();
  return (
    <div className="map-unavailable" role="status">
      <p>{t('map.noWebgl')}</p>
    </div>
  );
}

/** The map, or, where WebGL is missing, goes for good, or the map fails, a message while the list and panels keep working. */
export function MapArea({ data, lang, theme, selectedId, onSelect, onChoose, onMapReady, children }: Props) {
  const { t } = useTranslation();
  const [webgl, setWebgl] = useState(hasWebGL);
  // Lost later for good (the map's context gone and no WebGL left to rebuild it on): the same message.
  const webglGone = useCallback(() => setWebgl(false), []);
  if (!webgl) return <NoMap />;
  return (
    <ErrorBoundary fallback={() => <NoMap />}>
      <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
        <ThemedMapView
          theme={theme}
          data={data}
          lang={lang}
          selectedId={selectedId}
          initialView={HOME_VIEW}
          onSelect={onSelect}
          onChoose={onChoose}
          onMapReady={onMapReady}
          onWebGLGone={webglGone}
        >
          {children}
        </ThemedMapView>
      </Suspense>
    </ErrorBoundary>
  );
}
