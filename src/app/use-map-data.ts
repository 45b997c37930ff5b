import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toMapFeatures, type MapSiteCollection, type UnitLabel } from '../domain/map-features.ts';
import { unitText } from '../domain/format-place.ts';
import type { SiteFeature } from '../domain/schema/site.ts';
import { unitWords } from '../features/site-panel/UnitName.tsx';

/** The map's GeoJSON of the shown sites, their communes said with the locale's words for units. */
export function useMapData(visible: readonly SiteFeature[]): MapSiteCollection {
  const { t } = useTranslation();
  const unitLabel = useMemo((): UnitLabel => {
    const words = unitWords(t);
    return (unit, lang) => unitText(unit, lang, words);
  }, [t]);
  return useMemo(() => toMapFeatures(visible, unitLabel), [visible, unitLabel]);
}
