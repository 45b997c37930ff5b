import { createContext, useContext, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapHandle {
  /** The live MapLibre map: null until loaded, and always null without WebGL (callers check). */
  map: RefObject<MapLibreMap | null>;
  /** Becomes true once the map has loaded, so effects that move the camera can run again then. */
  ready: boolean;
}

/**
 * For features that move the camera or read the canvas (story mode, kiosk attract loop, planner fit-to-route,
 * print), without threading the map through every component.
 */
export const MapHandleContext = createContext<MapHandle>({ map: { current: null }, ready: false });

export function useMapHandle(): MapHandle {
  return useContext(MapHandleContext);
}
