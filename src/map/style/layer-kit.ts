// Small helpers the basemap's layer groups share: sources, zoom-scaled widths and sizes, label text.
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../../domain/schema/common.ts';
import type { Theme } from './theme.ts';

export const BASEMAP_SOURCE = 'basemap';
export const HILLSHADE_SOURCE = 'hillshade';
/** Inline GeoJSON of the commune anchor points (commune-labels.ts); nothing is fetched for it. */
export const COMMUNES_SOURCE = 'communes';

export const src = { source: BASEMAP_SOURCE } as const;

/** The lowest place-name layer: layers drawn under it (a plan's leg labels) give way to every place name. */
export const PLACE_LABELS_BOTTOM = 'admin-label-district';
/** The city's name, the top layer of the basemap (above the province and country names). */
export const CITY_LABEL_LAYER = 'place-city';

/** Zoom-interpolated width, scaled by the theme. */
export function width(theme: Theme, stops: readonly [number, number][]): ExpressionSpecification {
  return ['interpolate', ['exponential', 1.5], ['zoom'], ...stops.flatMap(([z, w]) => [z, w * theme.scale])];
}

/** Like width, times `factor` for features matching `when`. */
export function widthBy(theme: Theme, stops: readonly [number, number][], when: ExpressionSpecification, factor: number): ExpressionSpecification {
  const out: ExpressionSpecification = ['interpolate', ['exponential', 1.5], ['zoom']];
  for (const [z, w] of stops) out.push(z, ['case', when, factor * w * theme.scale, w * theme.scale]);
  return out;
}

export function size(theme: Theme, stops: readonly [number, number][]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, s]) => [z, Math.round(s * theme.scale * 10) / 10])];
}

/**
 * Label text. Places only have local (Vietnamese) names in the data, and a map shows local names in every
 * language; only country names have an English form.
 */
export const localName: ExpressionSpecification = ['get', 'name'];

export function countryName(lang: Lang): DataDrivenPropertyValueSpecification<string> {
  return lang === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'];
}

export const kind = (...kinds: string[]): ExpressionSpecification => ['match', ['get', 'kind'], kinds, true, false];

/** The label halo of a theme. */
export function halo(theme: Theme): { 'text-halo-color': string; 'text-halo-width': number; 'text-halo-blur': number } {
  return { 'text-halo-color': theme.label.halo, 'text-halo-width': 1.4 * theme.scale, 'text-halo-blur': 0.3 };
}
