/**
 * The floor of the benchmark: a bare page with only React and MapLibre GL drawing the same basemap (the same
 * PMTiles, the same style built from the same theme, the same fonts) and the same sites (the same GeoJSON, the same
 * site layers and category icons). No validation, no i18n, no list, no search, no panels: whatever our app costs on
 * top of this is the app. Built by bench/run.ts with a second Vite build.
 */
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { registerPmtilesProtocol } from '../../src/map/pmtiles-protocol.ts';
import { buildBasemapStyle } from '../../src/map/style/build-style.ts';
import { defaultTheme } from '../../src/map/style/theme.ts';
import { siteLayers, siteSource } from '../../src/map/site-layers.ts';
import { siteLabelLayers } from '../../src/map/site-label-layers.ts';
import { addCategoryIcons } from '../../src/map/category-icons.ts';
import { SITE_THEMES } from '../../src/map/site-themes.ts';
import type { MapSiteCollection } from '../../src/domain/map-features.ts';
import { HOME_VIEW } from '../../src/map/home-view.ts';

maplibregl.setWorkerUrl(workerUrl);
registerPmtilesProtocol();

const SITE_THEME = SITE_THEMES.default;

interface RawSite {
  id: string;
  geometry: { coordinates: [number, number] } | null;
  properties: { category: string; location: { confidence: string }; name: { vi: string; en: string }; shortName?: { vi: string; en: string } };
}

/** The same map features as src/domain/map-features.ts, without the schema (the floor trusts its input). */
function toFeatures(raw: { features: RawSite[] }): MapSiteCollection {
  const features = raw.features.flatMap((s) =>
    s.geometry === null
      ? []
      : [{
          type: 'Feature' as const,
          id: s.id,
          geometry: { type: 'Point' as const, coordinates: s.geometry.coordinates },
          properties: {
            id: s.id,
            category: s.properties.category,
            confidence: s.properties.location.confidence,
            label_vi: (s.properties.shortName ?? s.properties.name).vi,
            label_en: (s.properties.shortName ?? s.properties.name).en,
            labelRank: 3,
            stack_vi: '',
            stack_en: '',
          },
        }],
  );
  return { type: 'FeatureCollection', features } as MapSiteCollection;
}


function FloorMap() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const baseUrl = new URL('./', document.baseURI).href;
    const map = new maplibregl.Map({
      container: container.current,
      style: buildBasemapStyle({ theme: defaultTheme, lang: 'vi', baseUrl }),
      bounds: HOME_VIEW.bounds,
      fitBoundsOptions: HOME_VIEW.fitBoundsOptions,
    });
    (window as unknown as { __floorMap: maplibregl.Map }).__floorMap = map;
    map.on('load', () => {
      addCategoryIcons(map);
      void fetch(new URL('content/sites.geojson', baseUrl)).then(async (r) => {
        const data = toFeatures((await r.json()) as { features: RawSite[] });
        map.addSource('sites', siteSource(data));
        for (const layer of [...siteLayers(SITE_THEME), ...siteLabelLayers(SITE_THEME, 'vi')]) map.addLayer(layer);
      });
    });
    return () => map.remove();
  }, []);
  return <div ref={container} style={{ position: 'absolute', inset: 0 }} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<FloorMap />);
