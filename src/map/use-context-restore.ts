import { useCallback, useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { hasWebGL } from './webgl-support.ts';

/** How long to wait for the browser to give the WebGL context back before rebuilding the map from scratch. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 4000;

/**
 * Self-healing map. When the GPU drops the WebGL context (driver reset, memory pressure, a kiosk left on all
 * day), MapLibre rebuilds its style by itself once the context is restored; if the browser never restores it,
 * the map is remounted (a new canvas, a new context) by bumping the returned key. Listeners and the timer are
 * released when the map goes away. Attach it as early as the map exists, not on `load`: a context lost while the
 * map is still loading means `load` never comes (the kiosk once sat on a blank map for good). When WebGL itself is
 * gone (the browser disabled the GPU after its process crashed again and again), `onWebGLGone` is called instead
 * of a rebuild.
 */
export function useContextRestore({ timeoutMs = CONTEXT_RESTORE_TIMEOUT_MS, onWebGLGone }: { timeoutMs?: number; onWebGLGone?: () => void } = {}): {
  key: number;
  attach: (map: MapLibreMap) => void;
} {
  const [key, setKey] = useState(0);
  const detach = useRef<(() => void) | null>(null);
  const watched = useRef<HTMLCanvasElement | null>(null);

  const attach = useCallback(
    (map: MapLibreMap) => {
      const canvas = map.getCanvas();
      // Called on every style event: once per canvas is enough.
      if (watched.current === canvas) return;
      detach.current?.();
      watched.current = canvas;
      let timer: number | null = null;
      const clear = () => {
        if (timer !== null) window.clearTimeout(timer);
        timer = null;
      };
      const onLost = () => {
        clear();
        console.warn('map: WebGL context lost; waiting for it to be restored');
        timer = window.setTimeout(() => {
          timer = null;
          // After repeated GPU process crashes Chromium gives no WebGL at all: a new map would fail to start and
          // leave an empty box. Say so instead (the caller shows its no-map message; the list keeps working).
          if (!hasWebGL()) {
            console.warn('map: WebGL context not restored, and WebGL is no longer available');
            onWebGLGone?.();
            return;
          }
          console.warn('map: WebGL context not restored; rebuilding the map');
          setKey((k) => k + 1);
        }, timeoutMs);
      };
      const onRestored = () => {
        clear();
        map.triggerRepaint();
      };
      canvas.addEventListener('webglcontextlost', onLost);
      canvas.addEventListener('webglcontextrestored', onRestored);
      // Lost before we listened (the map attaches this as soon as its style arrives, before its first full view).
      if (isContextLost(canvas)) onLost();
      detach.current = () => {
        clear();
        watched.current = null;
        canvas.removeEventListener('webglcontextlost', onLost);
        canvas.removeEventListener('webglcontextrestored', onRestored);
        detach.current = null;
      };
    },
    [timeoutMs, onWebGLGone],
  );

  useEffect(() => () => detach.current?.(), []);
  return { key, attach };
}

/** The state of the canvas's WebGL context (getContext returns the context it already has, of either version). */
function isContextLost(canvas: HTMLCanvasElement): boolean {
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  return gl?.isContextLost() ?? false;
}
