import { useEffect, useState } from 'react';

export type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error' };

/** Run a loader once per key; the latest answer wins, a failure is a state (never a throw). */
export function useLoad<T>(key: string, load: () => Promise<T | null>): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { kind: 'loading' } });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => {
        if (live) setState({ key, loaded: value === null ? { kind: 'error' } : { kind: 'ready', value } });
      },
      () => {
        if (live) setState({ key, loaded: { kind: 'error' } });
      },
    );
    return () => {
      live = false;
    };
    // The key names what `load` loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.loaded : { kind: 'loading' };
}
