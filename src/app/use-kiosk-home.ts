import { useCallback, useEffect, useMemo, type Dispatch, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SiteFeature } from '../domain/schema/site.ts';
import type { UrlState } from '../domain/url/app-url.ts';
import { sortByDistance } from '../domain/explore/near-me.ts';
import type { NearMeState } from '../features/near-me/use-near-me.ts';
import { useKioskSetup } from '../features/kiosk/use-kiosk-setup.ts';
import { performKioskReset } from '../features/kiosk/kiosk-reset.ts';
import { DEFAULT_KIOSK_CONFIG } from '../features/kiosk/kiosk-config.ts';
import type { AppAction } from './store.ts';

/**
 * The kiosk's part of the shell (issue 6): its setup, the distances from where it stands (its config says where; a
 * fixed screen has no "Near me"; elsewhere the list's distances are the visitor's, once located), and the reset for the next visitor: the store's `reset` action (whose count the
 * shell hands down, so components forget what they kept for one visitor), `forget` for the shell's own overlays,
 * and the list scrolled back to its top.
 */
export function useKioskHome(o: {
  sites: readonly SiteFeature[];
  /** The sites the filters leave, and "Near me": the list's distances come from the visitor's position, if any. */
  visible: readonly SiteFeature[];
  nearMe: NearMeState;
  resets: number;
  dispatch: Dispatch<AppAction>;
  map: RefObject<MapLibreMap | null>;
  /** The list's scrolling column. */
  list: RefObject<HTMLElement | null>;
  forget: () => void;
}) {
  const { sites, visible, nearMe, resets, dispatch, map, list, forget } = o;
  const kiosk = useKioskSetup();
  const config = kiosk.config ?? DEFAULT_KIOSK_CONFIG;
  const position = kiosk.enabled ? (kiosk.config?.position ?? null) : null;
  const distances = useMemo(() => (position === null ? null : sortByDistance(sites, position)), [sites, position]);
  const listDistances = useMemo(() => {
    const all = nearMe.kind === 'ready' ? nearMe.distances : distances;
    if (all === null) return undefined;
    const shown = new Set(visible.map((s) => s.id));
    return all.filter((d) => shown.has(d.id));
  }, [nearMe, distances, visible]);
  const resetToHome = useCallback(
    (url: UrlState) => {
      forget();
      dispatch({ type: 'reset', url });
    },
    [forget, dispatch],
  );
  const recoverHome = useCallback(() => performKioskReset({ config, map: map.current, onReset: resetToHome }), [config, map, resetToHome]);
  useEffect(() => {
    if (resets > 0) list.current?.scrollTo?.({ top: 0 }); // (jsdom has no element scrolling)
  }, [resets, list]);
  return { ...kiosk, distances, listDistances, resetToHome, recoverHome };
}
