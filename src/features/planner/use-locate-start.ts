import { useState } from 'react';
import type { PlanStart } from '../../domain/plan/plan.ts';

export type Located = { kind: 'idle' } | { kind: 'locating' } | { kind: 'error' };

/** "Start from my location": one coarse fix from the browser, rounded to about a metre, set as the plan's start. */
export function useLocateStart(setStart: (start: PlanStart) => void) {
  const [located, setLocated] = useState<Located>({ kind: 'idle' });
  const locate = () => {
    if (!('geolocation' in navigator)) {
      setLocated({ kind: 'error' });
      return;
    }
    setLocated({ kind: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocated({ kind: 'idle' });
        setStart({
          kind: 'point',
          lon: Math.round(pos.coords.longitude * 1e5) / 1e5,
          lat: Math.round(pos.coords.latitude * 1e5) / 1e5,
        });
      },
      () => setLocated({ kind: 'error' }),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
    );
  };
  return { located, locate };
}
