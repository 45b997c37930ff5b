import { MapView, type MapViewProps } from './MapView.tsx';
import { useMapStyle, type ThemeName } from './use-map-style.ts';

type Props = Omit<MapViewProps, 'style' | 'siteTheme' | 'attribution'> & { theme: ThemeName };

/**
 * The map with the basemap style of a theme. The style builder (every basemap layer) comes with the map library in
 * this lazily loaded module, not in the first load: nothing needs it before the map itself.
 */
export function ThemedMapView({ theme, lang, ...rest }: Props) {
  const { style, siteTheme, attribution } = useMapStyle(lang, theme);
  return <MapView style={style} siteTheme={siteTheme} attribution={attribution} lang={lang} {...rest} />;
}
