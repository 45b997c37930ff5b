import { useEffect, useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { SiteDistance } from '../../domain/explore/near-me.ts';
import { POSITION_SOURCE, POSITION_THEMES, positionBounds, positionData, positionLayers, type Position } from '../../map/position-layers.ts';
import type { ThemeName } from '../../map/site-themes.ts';
import { useMapHandle } from '../../map/map-handle.ts';
import { prefersReducedMotion } from '../../map/motion.ts';
import { fitPadding } from '../planner/fit-padding.ts';

/** How many of the nearest sites the view is fitted to, with the position. */
const NEAREST = 3;

/** "You are here" on the map (loaded on the first "Near me"): the position, its accuracy circle, fitted with the nearest sites. */
export default function PositionLayer({
  position,
  distances,
  byId,
  theme,
}: {
  position: Position;
  distances: readonly SiteDistance[];
  byId: ReadonlyMap<string, SiteFeature>;
  theme: ThemeName;
}) {
  const { map, ready } = useMapHandle();
  const data = useMemo(() => positionData(position), [position]);
  const layers = useMemo(() => positionLayers(POSITION_THEMES[theme]), [theme]);
  const nearest = useMemo(
    () =>
      distances
        .filter((d) => d.km !== null)
        .slice(0, NEAREST)
        .flatMap((d) => {
          const g = byId.get(d.id)?.geometry;
          return g ? [g.coordinates] : [];
        }),
    [distances, byId],
  );
  useEffect(() => {
    const m = map.current;
    if (!ready || m === null) return;
    const fitView = (): boolean => {
      const c = m.getContainer();
      if (c.clientWidth === 0 || c.clientHeight === 0) return false;
      const [sw, ne] = positionBounds(data, nearest);
      m.fitBounds([sw, ne], { padding: fitPadding(c, 56), maxZoom: 15, duration: prefersReducedMotion() ? 0 : 700 });
      return true;
    };
    if (fitView()) return;
    // On a phone "Near me" is often pressed on the List tab, where the map is hidden (no size, so no fit): fit when
    // the map is shown again (MapLibre resizes with its container).
    const onResize = () => {
      if (fitView()) m.off('resize', onResize);
    };
    m.on('resize', onResize);
    return () => {
      m.off('resize', onResize);
    };
  }, [data, nearest, ready, map]);
  return (
    <Source id={POSITION_SOURCE} type="geojson" data={data}>
      {layers.map((l) => (
        <Layer key={l.id} {...l} />
      ))}
    </Source>
  );
}
