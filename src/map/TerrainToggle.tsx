import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-map-gl/maplibre';
import { TERRAIN_EXAGGERATION, TERRAIN_SOURCE } from './style/build-style.ts';
import { prefersReducedMotion } from './motion.ts';

/** "3D": MapLibre terrain from the embedded elevation archive, tilted so the ATK valleys read as valleys. */
export function TerrainToggle() {
  const { t } = useTranslation();
  const { current } = useMap();
  const [on, setOn] = useState(false);
  const map = current?.getMap();
  if (!map) return null;
  const toggle = () => {
    if (!map.getSource(TERRAIN_SOURCE)) return; // a hosted style has no embedded elevation
    const next = !on;
    map.setTerrain(next ? { source: TERRAIN_SOURCE, exaggeration: TERRAIN_EXAGGERATION } : null);
    map.easeTo({ pitch: next ? 55 : 0, duration: prefersReducedMotion() ? 0 : 800 });
    setOn(next);
  };
  return (
    <button type="button" className="terrain-toggle" aria-pressed={on} onClick={toggle} title={t('map.terrainHint')}>
      {t('map.terrain')}
    </button>
  );
}
