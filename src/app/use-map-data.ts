import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toMapFeatures, type MapSiteCollection } from '../domain/map-features.ts';
import { unitText } from '../domain/format-place.ts';
import type { Lang } from '../domain/schema/common.ts';
import type { SiteFeature } from '../domain/schema/site.ts';
import { unitWords } from '../features/site-panel/UnitName.tsx';

/**
 * The map's GeoJSON of the shown sites, each with its commune in the UI's language (the locale's words for units;
 * English is loaded only when chosen, so the data is remade on a language change rather than kept for both).
 */
export function useMapData(visible: readonly SiteFeature[], lang: Lang): MapSiteCollection {
  const { t } = useTranslation();
  return useMemo(() => {
    const words = unitWords(t);
    return toMapFeatures(visible, (unit) => unitText(unit, lang, words));
  }, [visible, lang, t]);
}
