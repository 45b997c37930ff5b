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
import { siteLayers, siteSource, type SiteLayerTheme } from '../../src/map/site-layers.ts';
import { CATEGORY_STYLE, iconId } from '../../src/map/category-style.ts';
import { SITE_FONT } from '../../src/map/site-font.ts';
import type { MapSiteCollection } from '../../src/domain/map-features.ts';
import { HOME_VIEW } from '../../src/app/home-view.ts';

maplibregl.setWorkerUrl(workerUrl);
registerPmtilesProtocol();

/** The default site theme of src/app/use-map-style.ts (copied: that module also brings the hosted-style check). */
const SITE_THEME: SiteLayerTheme = {
  font: SITE_FONT,
  labelColor: '#3b1d14',
  labelHalo: '#fffaf2',
  clusterFill: '#b3001b',
  clusterText: '#ffffff',
  clusterStroke: '#ffffff',
  selectedRing: '#1a1a1a',
  scale: 1,
};

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
          },
        }],
  );
  return { type: 'FeatureCollection', features } as MapSiteCollection;
}

/** The same category icons as src/map/category-icons.ts (white halo, colour fill). */
function addIcons(map: maplibregl.Map): void {
  const ratio = Math.max(1, Math.min(3, Math.ceil(window.devicePixelRatio || 1)));
  for (const [category, { path, color }] of Object.entries(CATEGORY_STYLE)) {
    const id = iconId(category as keyof typeof CATEGORY_STYLE);
    if (map.hasImage(id)) continue;
    const px = Math.round(28 * ratio);
    const canvas = document.createElement('canvas');
    canvas.width = px;
    canvas.height = px;
    const ctx = canvas.getContext('2d');
    if (!ctx) continue;
    ctx.scale(ratio, ratio);
    ctx.translate(2, 2);
    const shape = new Path2D(path);
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke(shape);
    ctx.fillStyle = color;
    ctx.fill(shape, 'evenodd');
    map.addImage(id, ctx.getImageData(0, 0, px, px), { pixelRatio: ratio });
  }
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
      addIcons(map);
      void fetch(new URL('content/sites.geojson', baseUrl)).then(async (r) => {
        const data = toFeatures((await r.json()) as { features: RawSite[] });
        map.addSource('sites', siteSource(data));
        for (const layer of siteLayers(SITE_THEME, 'vi')) map.addLayer(layer);
      });
    });
    return () => map.remove();
  }, []);
  return <div ref={container} style={{ position: 'absolute', inset: 0 }} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<FloorMap />);
