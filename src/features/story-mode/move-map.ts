import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { ChapterView } from '../../domain/story-mode/chapter-view.ts';

/** Move the camera to a chapter's view, clear of the card (`padding`): fly, or jump with reduced motion. */
export function moveMapTo(map: MapLibreMap, view: ChapterView, padding: PaddingOptions, reduceMotion: boolean): void {
  const duration = reduceMotion ? 0 : 2000;
  if (view.kind === 'point') {
    const center: [number, number] = [view.center[0], view.center[1]];
    if (reduceMotion) map.jumpTo({ center, zoom: view.zoom, padding });
    else map.flyTo({ center, zoom: view.zoom, padding, duration, essential: false });
  } else {
    const [[w, s], [e, n]] = view.bounds;
    // absolutePadding: the card's room replaces the padding the last chapter left (it would add to it otherwise).
    map.fitBounds([[w, s], [e, n]], { duration, padding, maxZoom: view.maxZoom, absolutePadding: true });
  }
}

/**
 * Room for the story card: below it on a phone (the card spans the bottom), beside it on wider screens; never
 * more than the map can give (a small map keeps at least 60 px of view).
 */
export function cardPadding(map: MapLibreMap, card: HTMLElement | null): PaddingOptions {
  const base = { top: 40, right: 40, bottom: 40, left: 40 };
  if (!card) return base;
  const m = map.getContainer().getBoundingClientRect();
  const c = card.getBoundingClientRect();
  const margin = 24;
  if (c.width > m.width * 0.6) base.bottom = Math.max(base.bottom, m.bottom - c.top + margin);
  else base.left = Math.max(base.left, c.right - m.left + margin);
  base.bottom = Math.min(base.bottom, Math.max(0, m.height - base.top - 60));
  base.left = Math.min(base.left, Math.max(0, m.width - base.right - 60));
  return base;
}
