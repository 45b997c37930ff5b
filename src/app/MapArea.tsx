import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/schema/common.ts';
import type { MapSiteCollection } from '../domain/map-features.ts';
import { hasWebGL } from '../map/webgl-support.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { HOME_VIEW } from './home-view.ts';
import { useMapStyle } from './use-map-style.ts';

const MapView = lazy(() => import('../map/MapView.tsx').then((m) => ({ default: m.MapView })));

interface Props {
  data: MapSiteCollection;
  lang: Lang;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onChoose: (ids: string[]) => void;
}

/** The map, or, where WebGL is missing or the map fails, a message while the list and panels keep working. */
export function MapArea({ data, lang, selectedId, onSelect, onChoose }: Props) {
  const { t } = useTranslation();
  const [webgl] = useState(hasWebGL);
  const { style, siteTheme, attribution } = useMapStyle(lang);
  const noMap = useMemo(
    () => (
      <div className="map-unavailable" role="status">
        <p>{t('map.noWebgl')}</p>
      </div>
    ),
    [t],
  );
  if (!webgl) return noMap;
  return (
    <ErrorBoundary fallback={() => noMap}>
      <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
        <MapView
          style={style}
          siteTheme={siteTheme}
          attribution={attribution}
          data={data}
          lang={lang}
          selectedId={selectedId}
          initialView={HOME_VIEW}
          onSelect={onSelect}
          onChoose={onChoose}
        />
      </Suspense>
    </ErrorBoundary>
  );
}
