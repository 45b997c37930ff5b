import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryTarget } from '../../domain/schema/story-mode.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';

/** Move the camera to a chapter's target: fly, or jump when the reader prefers reduced motion. */
export function moveMapTo(map: MapLibreMap, target: StoryTarget, sites: ReadonlyMap<string, SiteFeature>, reduceMotion: boolean): void {
  const duration = reduceMotion ? 0 : 2000;
  if ('site' in target) {
    const site = sites.get(target.site);
    if (!site?.geometry) return;
    const center = site.geometry.coordinates;
    if (reduceMotion) map.jumpTo({ center, zoom: target.zoom ?? 13 });
    else map.flyTo({ center, zoom: target.zoom ?? 13, duration, essential: false });
  } else {
    const [w, s, e, n] = target.bounds;
    map.fitBounds([[w, s], [e, n]], { duration, padding: 40 });
  }
}
