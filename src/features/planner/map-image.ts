import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * An image of the map for the printed handout. The map is created without preserveDrawingBuffer (it costs
 * memory and speed on every phone), so the canvas is read inside a `render` event: MapLibre fires it right
 * after drawing a frame, in the same task, before the browser clears the WebGL drawing buffer. The camera is
 * first fitted to the plan with no panel padding and the map is left to load its tiles (`idle`); the previous
 * view is restored afterwards.
 */
export async function captureMapImage(
  map: MapLibreMap,
  bounds: [[number, number], [number, number]] | null,
  timeoutMs = 8000,
): Promise<string | null> {
  const before = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  try {
    if (bounds !== null) map.fitBounds(bounds, { padding: 36, maxZoom: 13, duration: 0 });
    await withTimeout(new Promise<void>((resolve) => map.once('idle', () => resolve())), timeoutMs);
    const image = await withTimeout(
      new Promise<string | null>((resolve) => {
        map.once('render', () => {
          try {
            resolve(map.getCanvas().toDataURL('image/png'));
          } catch {
            resolve(null); // a tainted canvas (never with local tiles) or no WebGL
          }
        });
        map.triggerRepaint();
      }),
      timeoutMs,
    );
    return image !== null && image.length > 'data:image/png;base64,'.length + 100 ? image : null;
  } catch {
    return null;
  } finally {
    map.jumpTo(before);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(id);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
