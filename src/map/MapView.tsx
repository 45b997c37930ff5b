import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Map as MapGL, Source, Layer, NavigationControl, AttributionControl, Popup, useMap, type MapRef, type MapLayerMouseEvent } from 'react-map-gl/maplibre';
import * as maplibregl from 'maplibre-gl';
import type { StyleSpecification, GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Lang } from '../domain/schema/common.ts';
import type { MapSiteCollection } from '../domain/map-features.ts';
import { siteLayers, selectedLayers, siteSource, SITES_SOURCE, SELECTED_SOURCE, SITE_LAYER_IDS, INTERACTIVE_SITE_LAYERS, type SiteLayerTheme } from './site-layers.ts';
import { addCategoryIcons } from './category-icons.ts';
import { installTestHook } from './test-hook.ts';
import { prefersReducedMotion } from './motion.ts';
import { useContextRestore } from './use-context-restore.ts';
import { TerrainToggle } from './TerrainToggle.tsx';
import { FIRST_VIEW_EVENT } from './events.ts';
import { isPhoneLayout } from '../shared/phone-layout.ts';
import { mapLibreLocale, setMapLocale } from './map-locale.ts';
import { labelStacks } from './stack-labels.ts';
import { isOnePoint } from '../domain/explore/shared-points.ts';
import { QuietLabelsContext } from './quiet-labels.ts';
import { siteLabelLayers } from './site-label-layers.ts';
import { CITY_LABEL_LAYER } from './style/layer-kit.ts';

import { registerPmtilesProtocol } from './pmtiles-protocol.ts';

maplibregl.setWorkerUrl(workerUrl);
registerPmtilesProtocol();

export interface MapViewProps {
  style: StyleSpecification | string;
  siteTheme: SiteLayerTheme;
  attribution: string[];
  data: MapSiteCollection;
  lang: Lang;
  selectedId: string | null;
  initialView: { bounds: [[number, number], [number, number]]; fitBoundsOptions?: { padding: number } };
  onSelect: (id: string) => void;
  /** Several sites at one point (or a cluster that cannot expand): let the user choose. */
  onChoose: (ids: string[]) => void;
  onMapReady?: (map: maplibregl.Map) => void;
  /** WebGL is gone for good (the context was lost and the browser has none to give): show no map. */
  onWebGLGone?: () => void;
  /** Extra sources and layers from features (route lines, plan stops), drawn above the sites' basemap. */
  children?: React.ReactNode;
}

/** Keep the selected site visible beside the side panel (wide screens) or above the bottom sheet (phones). */
function panelPadding(): { top: number; right: number; bottom: number; left: number } {
  const phone = isPhoneLayout();
  return phone
    ? { top: 0, right: 0, bottom: Math.round(window.innerHeight * 0.55), left: 0 }
    : { top: 0, right: 420, bottom: 0, left: 0 };
}

/**
 * Start with the attribution folded (the "i" button opens it) so it does not cover a phone's map. Marked compact
 * as soon as it is added, before it has any text: MapLibre then never opens it by itself when the sources' text
 * arrives (it did, and folding it again on load moved it: a layout shift on every first load, issue 16).
 */
function foldAttribution(map: maplibregl.Map): void {
  const el = map.getContainer().querySelector('.maplibregl-ctrl-attrib');
  el?.classList.add('maplibregl-compact');
  el?.classList.remove('maplibregl-compact-show');
}

/** After the attribution control (its sibling just before) is added: folded from the start. */
function FoldAttribution() {
  const { current } = useMap();
  useEffect(() => {
    const map = current?.getMap();
    if (map) foldAttribution(map);
  }, [current]);
  return null;
}

interface Hover {
  lon: number;
  lat: number;
  name: string;
}

export function MapView(props: MapViewProps) {
  const { style, siteTheme, attribution, data, lang, selectedId, initialView, onSelect, onChoose, onMapReady, onWebGLGone, children } = props;
  const { t } = useTranslation();
  const mapRef = useRef<MapRef>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  // Sites a feature's layer names already (the plan's stops): their own label is left out.
  const [quiet, setQuiet] = useState<readonly string[]>([]);
  const layers = useMemo(() => siteLayers(siteTheme), [siteTheme]);
  const labelLayers = useMemo(() => siteLabelLayers(siteTheme, lang), [siteTheme, lang]);
  // Site names go under the city's name where the style has one (the embedded basemap), else on top.
  const labelsBefore = typeof style !== 'string' && style.layers.some((l) => l.id === CITY_LABEL_LAYER) ? CITY_LABEL_LAYER : undefined;
  const ringLayers = useMemo(() => selectedLayers(siteTheme), [siteTheme]);
  // Sites drawn as one point: labelled "name +N", and a tap on any of them lists them all.
  // Sites a feature names already (the plan's stops) get no site label.
  const stacked = useMemo(() => labelStacks(data, new Set(quiet)), [data, quiet]);
  const source = useMemo(() => siteSource(stacked.data), [stacked]);
  const selectedData = useMemo(
    () => ({ type: 'FeatureCollection' as const, features: data.features.filter((f) => f.id === selectedId) }),
    [data, selectedId],
  );
  const contextRestore = useContextRestore({ onWebGLGone });
  const locale = useMemo(() => mapLibreLocale(t), [t]);
  // Before the controls (re-keyed on the language) are added again in their passive effects.
  useLayoutEffect(() => {
    const map = mapRef.current?.getMap();
    if (map) setMapLocale(map, locale);
  }, [locale]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (map) foldAttribution(map);
  }, [lang]);

  // Ease to the selected site, wherever it was selected (list, search, URL, map); on load for a deep link.
  const easeToSelected = useCallback(
    (map: maplibregl.Map) => {
      if (selectedId === null) return;
      const f = data.features.find((x) => x.id === selectedId);
      if (!f) return;
      map.easeTo({
        center: f.geometry.coordinates,
        zoom: Math.max(map.getZoom(), 12),
        padding: panelPadding(),
        duration: prefersReducedMotion() ? 0 : 900,
      });
    },
    [selectedId, data],
  );
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (map) easeToSelected(map);
  }, [easeToSelected]);

  const onClick = useCallback(
    async (e: MapLayerMouseEvent) => {
      const feature = e.features?.[0];
      const map = mapRef.current?.getMap();
      if (!feature || !map) return;
      const props = feature.properties as Record<string, unknown>;
      if (feature.layer.id === SITE_LAYER_IDS.clusters) {
        const src = map.getSource<GeoJSONSource>(SITES_SOURCE);
        const clusterId = Number(props['cluster_id']);
        if (!src || !Number.isFinite(clusterId)) return;
        const leaves = await src.getClusterLeaves(clusterId, 100, 0);
        const ids = leaves.map((l) => String(l.properties?.['id'] ?? '')).filter(Boolean);
        const zoom = await src.getClusterExpansionZoom(clusterId);
        // A cluster that zooming in cannot split (its sites are one point even at the closest zoom): list them now.
        const onePoint = isOnePoint(leaves.map((l) => (l.geometry as GeoJSON.Point).coordinates as [number, number]));
        map.getCanvas().focus({ preventScroll: true });
        if (onePoint || zoom > map.getMaxZoom()) onChoose(ids);
        else map.easeTo({ center: (feature.geometry as GeoJSON.Point).coordinates as [number, number], zoom, duration: prefersReducedMotion() ? 0 : 600 });
        return;
      }
      // Several sites drawn at one point (a shared commune centre): let the user choose among them.
      const tapped = (e.features ?? []).filter((f) => f.layer.id === SITE_LAYER_IDS.points).map((f) => String(f.properties['id']));
      const here = [...new Set(tapped.flatMap((id) => stacked.stackOf.get(id) ?? [id]))];
      if (here.length > 1) {
        map.getCanvas().focus({ preventScroll: true });
        onChoose(here);
        return;
      }
      const id = props['id'];
      if (typeof id === 'string') {
        // The map is where the user is: focus returns here when the panel closes.
        map.getCanvas().focus({ preventScroll: true });
        onSelect(id);
      }
    },
    [onChoose, onSelect, stacked],
  );

  const onMove = useCallback(
    (e: MapLayerMouseEvent) => {
      const key = lang === 'vi' ? 'label_vi' : 'label_en';
      // The labelled site of a stack (the others under it carry no label).
      const f = e.features?.find((x) => x.layer.id === SITE_LAYER_IDS.points && x.properties[key]);
      if (!f) return setHover(null);
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      setHover({ lon, lat, name: String(f.properties[key]) });
    },
    [lang],
  );

  return (
    <MapGL
      key={contextRestore.key}
      ref={mapRef}
      mapLib={maplibregl}
      mapStyle={style}
      initialViewState={initialView}
      minZoom={5}
      maxZoom={16}
      style={{ width: '100%', height: '100%' }}
      interactiveLayerIds={INTERACTIVE_SITE_LAYERS}
      onClick={(e) => void onClick(e)}
      onMouseMove={onMove}
      onMouseLeave={() => setHover(null)}
      cursor={hover ? 'pointer' : 'grab'}
      attributionControl={false}
      locale={locale}
      // Watch the WebGL context from the style's arrival, before the first full view: a context lost while the map
      // loads would otherwise leave it blank for good, since `load` then never comes (use-context-restore.ts).
      onStyleData={(e) => contextRestore.attach(e.target)}
      onLoad={(e) => {
        const map = e.target;
        addCategoryIcons(map);
        map.on('styleimagemissing', () => addCategoryIcons(map));
        map.getCanvas().setAttribute('aria-label', t('map.label'));
        foldAttribution(map);
        installTestHook(map);
        easeToSelected(map);
        // The app waits for this before it starts background work (the offline precache).
        map.once('idle', () => window.dispatchEvent(new Event(FIRST_VIEW_EVENT)));
        onMapReady?.(map);
      }}
    >
      <Source id={SITES_SOURCE} {...source}>
        {layers.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
        {labelLayers.map((layer) => (
          <Layer key={layer.id} {...layer} {...(labelsBefore === undefined ? {} : { beforeId: labelsBefore })} />
        ))}
      </Source>
      <Source id={SELECTED_SOURCE} type="geojson" data={selectedData as unknown as GeoJSON.FeatureCollection}>
        {ringLayers.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
      </Source>
      <QuietLabelsContext.Provider value={setQuiet}>{children}</QuietLabelsContext.Provider>
      {/* Keyed on the language: MapLibre sets control titles and the attribution text only when a control is added. */}
      <NavigationControl key={`nav-${lang}`} position="top-right" showCompass={false} />
      <TerrainToggle />
      <AttributionControl key={`attrib-${lang}`} position="bottom-right" compact customAttribution={attribution} />
      <FoldAttribution key={`fold-${lang}`} />
      {hover && (
        <Popup longitude={hover.lon} latitude={hover.lat} closeButton={false} closeOnClick={false} offset={16} anchor="bottom" className="hover-popup">
          {hover.name}
        </Popup>
      )}
    </MapGL>
  );
}
