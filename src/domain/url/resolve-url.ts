import type { FilterState } from '../explore/filters.ts';

/** Only the parts of a site the resolver reads. */
interface PlaceOf {
  properties: { place: { district: string; communeAfter2025: string } };
}

/**
 * Drop district and commune filter values that name no site's place. The URL parser accepts any well-formed place
 * name (it cannot know the content); a link with a misspelt or invented place must not show an empty map.
 * Pure; returns the same object when nothing is dropped, so a caller can compare by reference.
 */
export function withoutUnknownPlaces(filters: FilterState, sites: readonly PlaceOf[]): FilterState {
  if (filters.districts.length === 0 && filters.communesAfter2025.length === 0) return filters;
  const districts = new Set(sites.map((s) => s.properties.place.district));
  const communes = new Set(sites.map((s) => s.properties.place.communeAfter2025));
  const keptDistricts = filters.districts.filter((d) => districts.has(d));
  const keptCommunes = filters.communesAfter2025.filter((c) => communes.has(c));
  if (keptDistricts.length === filters.districts.length && keptCommunes.length === filters.communesAfter2025.length) return filters;
  return { ...filters, districts: keptDistricts, communesAfter2025: keptCommunes };
}

/** The parts of the app state a link can set to something the content does not have. */
export interface LinkedView {
  selectedId: string | null;
  filters: FilterState;
  story: { id: string; chapter: number } | null;
}

export interface KnownContent {
  siteIds: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  sites: readonly PlaceOf[];
  /** The guided stories' ids, or null while the content index is still loading (a linked story waits for it). */
  storyIds: readonly string[] | null;
}

export interface ResolvedView extends LinkedView {
  /** The story is known and can be shown (false while the index loads, or for no story). */
  storyReady: boolean;
}

/**
 * Pure: what the app shows and writes back to the address, from the state and the content. A site, place or story
 * the content does not have is left out, so the app falls back to its home state; the state itself is not patched.
 * A story waits for the content index (kept, not shown) and is dropped only once the index says it does not exist.
 * The filters are the same object when nothing is dropped.
 */
export function resolveView(state: LinkedView, known: KnownContent): ResolvedView {
  const selectedId = state.selectedId !== null && known.siteIds.has(state.selectedId) ? state.selectedId : null;
  const filters = withoutUnknownPlaces(state.filters, known.sites);
  const storyReady = state.story !== null && known.storyIds !== null && known.storyIds.includes(state.story.id);
  const story = state.story !== null && (known.storyIds === null || storyReady) ? state.story : null;
  return { selectedId, filters, story, storyReady };
}
