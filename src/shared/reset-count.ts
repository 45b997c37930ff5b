import { createContext, useCallback, useContext, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * The app store's count of kiosk resets (AppState.resets), handed down by the shell. What a component keeps for one
 * visitor outside the store (a search query, a player, an opened filter box) is forgotten when the count moves:
 * nothing is remounted and no window event is needed.
 */
export const ResetCountContext = createContext(0);

export function useResetCount(): number {
  return useContext(ResetCountContext);
}

/**
 * useState for one visitor: the value goes back to `initial` at each reset (derived while rendering, no effect). Pass
 * a stable `initial` (a primitive or a module constant).
 */
export function useVisitorState<T>(initial: T): [T, Dispatch<SetStateAction<T>>] {
  const resets = useResetCount();
  const [held, setHeld] = useState({ resets, value: initial });
  const value = held.resets === resets ? held.value : initial;
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) =>
      setHeld((h) => {
        const current = h.resets === resets ? h.value : initial;
        return { resets, value: typeof next === 'function' ? (next as (prev: T) => T)(current) : next };
      }),
    [resets, initial],
  );
  return [value, set];
}
