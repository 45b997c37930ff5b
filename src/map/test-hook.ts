import type { Map as MapLibreMap } from 'maplibre-gl';
import { SITE_LAYER_IDS } from './site-layers.ts';

/** What the browser tests may ask the real map (read-only). */
export interface MapTestHook {
  map: MapLibreMap;
  /** Ids of the individual sites drawn now (not clusters). */
  renderedSiteIds(): string[];
  /** Pixel position (CSS px, relative to the map container) of a lon/lat. */
  project(lon: number, lat: number): { x: number; y: number };
  /** Rendered features of any layers, as plain {layer, properties}. */
  renderedFeatures(layers: string[]): Array<{ layer: string; properties: Record<string, unknown> }>;
  idle(): Promise<void>;
}

declare global {
  interface Window {
    __redAddressMap?: MapTestHook;
  }
}

/** Installed only when a browser is driven by automation (navigator.webdriver), never for real visitors. */
export function installTestHook(map: MapLibreMap): void {
  if (!navigator.webdriver) return;
  window.__redAddressMap = {
    map,
    renderedSiteIds: () =>
      [...new Set(map.queryRenderedFeatures({ layers: [SITE_LAYER_IDS.points] }).map((f) => String(f.properties['id'])))].sort(),
    project: (lon, lat) => {
      const p = map.project([lon, lat]);
      return { x: p.x, y: p.y };
    },
    renderedFeatures: (layers) =>
      map.queryRenderedFeatures({ layers: layers.filter((l) => map.getLayer(l)) }).map((f) => ({ layer: f.layer.id, properties: { ...f.properties } })),
    idle: () =>
      new Promise<void>((resolve) => {
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  };
}
