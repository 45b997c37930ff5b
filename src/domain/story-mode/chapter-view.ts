import type { StoryChapter } from '../schema/story-mode.ts';

type LonLat = readonly [number, number];

/** One highlighted place: the sites drawn at one point, named together ("Đồi Tỉn Keo · Đồi Phong Tướng"). */
export interface ChapterPlace {
  ids: string[];
  at: LonLat;
}

export type ChapterView =
  | { kind: 'point'; center: LonLat; zoom: number }
  | { kind: 'bounds'; bounds: [LonLat, LonLat]; maxZoom: number };

/** The ids a chapter highlights: its `places`, else its target site. Unknown or unlocated ids are left out. */
export function chapterPlaces(chapter: StoryChapter, positionOf: (id: string) => LonLat | undefined): ChapterPlace[] {
  const ids = chapter.places ?? ('site' in chapter.target ? [chapter.target.site] : []);
  const places: ChapterPlace[] = [];
  for (const id of ids) {
    const at = positionOf(id);
    if (!at) continue;
    const same = places.find((p) => p.at[0] === at[0] && p.at[1] === at[1]);
    if (same) same.ids.push(id);
    else places.push({ ids: [id], at });
  }
  return places;
}

/**
 * Where the camera goes for a chapter: its bounds; or, for a site target, the site at its zoom, widened to hold
 * every highlighted place when they lie apart (two chapters at one commune centre then differ by what they show).
 */
export function chapterView(chapter: StoryChapter, places: readonly ChapterPlace[], positionOf: (id: string) => LonLat | undefined): ChapterView | null {
  const t = chapter.target;
  if ('bounds' in t) {
    const [w, s, e, n] = t.bounds;
    return { kind: 'bounds', bounds: [[w, s], [e, n]], maxZoom: 16 };
  }
  const center = positionOf(t.site);
  if (!center) return null;
  const zoom = t.zoom ?? 13;
  const points = [center, ...places.map((p) => p.at)];
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  if (w === e && s === n) return { kind: 'point', center, zoom };
  return { kind: 'bounds', bounds: [[w, s], [e, n]], maxZoom: zoom };
}
