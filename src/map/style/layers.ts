// The basemap's style layers as typed functions of a theme and a language (the layer schema is in docs/basemap.md),
// one file per group: ground (land, relief, water), lines (boundaries, roads), labels of features, place names.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../../domain/schema/common.ts';
import { featureLabels } from './feature-labels.ts';
import { fills, hillshadeLayer, relief, water } from './ground-layers.ts';
import { boundaries, transport } from './line-layers.ts';
import { placeLabels } from './place-labels.ts';
import type { Theme } from './theme.ts';

export { BASEMAP_SOURCE, COMMUNES_SOURCE, HILLSHADE_SOURCE } from './layer-kit.ts';
export { hillshadeLayer } from './ground-layers.ts';
export { CITY_LABEL_LAYER, PLACE_LABELS_BOTTOM } from './place-labels.ts';

/**
 * Every basemap layer, bottom to top. Site and plan layers go above all of them (and so are placed first), but for
 * two: site names are slipped under CITY_LABEL_LAYER, the plan's leg labels under PLACE_LABELS_BOTTOM. Labels:
 * feature labels, then place names.
 */
export function layers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    ...fills(theme),
    hillshadeLayer(theme),
    ...water(theme),
    ...relief(theme),
    ...boundaries(theme),
    ...transport(theme),
    ...featureLabels(theme),
    ...placeLabels(theme, lang),
  ];
}
