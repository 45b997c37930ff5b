import { createContext, useContext, useEffect } from 'react';

/**
 * Sites whose own label the map leaves out because a layer above names them already (the plan's numbered stops):
 * a name is written once. MapView provides the setter; one feature at a time uses it.
 */
export const QuietLabelsContext = createContext<(ids: readonly string[]) => void>(() => undefined);

const NONE: readonly string[] = [];

/** While mounted, the sites `ids` carry no site label (their symbol stays). */
export function useQuietSiteLabels(ids: readonly string[]): void {
  const set = useContext(QuietLabelsContext);
  const key = ids.join('\n');
  useEffect(() => {
    set(key === '' ? NONE : key.split('\n'));
    return () => set(NONE);
  }, [key, set]);
}
