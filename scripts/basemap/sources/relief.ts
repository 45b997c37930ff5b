// Contour lines for the zoomed-in view: every 50 m, with the 250 m lines marked for labels.
import { contours } from '../contours.ts';
import type { BBox } from '../coverage.ts';
import type { Dem } from '../dem.ts';
import { feature } from '../geojson.ts';
import type { LayerSource } from '../layer.ts';

export const CONTOUR_INTERVAL = 50;
export const CONTOUR_MAJOR = 250;

export function reliefLayers(dem: Dem, within: BBox): LayerSource[] {
  const features = contours(dem, within, CONTOUR_INTERVAL).map(({ ele, line }) => {
    const major = ele % CONTOUR_MAJOR === 0 ? 1 : 0;
    // At zoom 12 only every 100 m, so that steep slopes do not turn into a brown blur.
    const minzoom = major || ele % 100 === 0 ? 12 : 13;
    return feature({ type: 'LineString', coordinates: line }, { ele, major, _minzoom: minzoom });
  });
  return [
    {
      id: 'contours',
      description: `contour lines every ${CONTOUR_INTERVAL} m (z13+; 100 m from z12), major=1 every ${CONTOUR_MAJOR} m; from SRTM`,
      minzoom: 12,
      maxzoom: 14,
      features,
      tolerance: 12,
    },
  ];
}
