import { useCallback, useState } from 'react';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { Position } from '../../map/position-layers.ts';
import { geolocationErrorKind, sortByDistance, type NearMeMessageKey, type SiteDistance } from '../../domain/explore/near-me.ts';

export type NearMeState =
  | { kind: 'idle' }
  | { kind: 'locating' }
  | { kind: 'ready'; distances: SiteDistance[]; position: Position }
  | { kind: 'error'; message: NearMeMessageKey };

/** Ask for the position only when the user presses "near me"; refusal or no GPS becomes a message, never an error. */
export function useNearMe(sites: readonly SiteFeature[]) {
  const [state, setState] = useState<NearMeState>({ kind: 'idle' });
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setState({ kind: 'error', message: geolocationErrorKind(0) });
      return;
    }
    setState({ kind: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const position = { lon: pos.coords.longitude, lat: pos.coords.latitude, accuracy: pos.coords.accuracy };
        setState({ kind: 'ready', distances: sortByDistance(sites, position), position });
      },
      (err) => setState({ kind: 'error', message: geolocationErrorKind(err.code) }),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
    );
  }, [sites]);
  const clear = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, locate, clear };
}
