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
