import type { TFunction } from 'i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * MapLibre's own UI strings (control titles, the canvas label) from the locale files, for the map's `locale`
 * option. Only the controls the app shows are listed; MapLibre falls back to its English for the rest.
 */
export function mapLibreLocale(t: TFunction): Record<string, string> {
  return {
    'AttributionControl.ToggleAttribution': t('mapControls.toggleAttribution'),
    'AttributionControl.MapFeedback': t('mapControls.mapFeedback'),
    'NavigationControl.ZoomIn': t('mapControls.zoomIn'),
    'NavigationControl.ZoomOut': t('mapControls.zoomOut'),
    'NavigationControl.ResetBearing': t('mapControls.resetBearing'),
    'Popup.Close': t('mapControls.closePopup'),
    'Map.Title': t('map.label'),
  };
}

/**
 * Switch a live map's UI strings to another language. MapLibre reads `locale` only when the map is created and
 * has no setter, so this patches its table (`_locale`, what `_getUIString` reads); controls created afterwards
 * (the app re-creates them on a language change) take the new titles.
 */
export function setMapLocale(map: MapLibreMap, locale: Record<string, string>): void {
  const table = (map as unknown as { _locale?: Record<string, string> })._locale;
  if (table !== undefined) Object.assign(table, locale);
  const label = locale['Map.Title'];
  if (label !== undefined) map.getCanvas().setAttribute('aria-label', label);
}
