import { useEffect, useState } from 'react';
import { RoutesFileSchema, type Route } from '../../domain/schema/route.ts';
import { loadContentJson } from '../../content/load-json.ts';

export type RoutesState = { kind: 'loading' } | { kind: 'ready'; routes: Route[] } | { kind: 'error'; message: string };

let cache: Promise<RoutesState> | null = null;

/** The curated routes (content/routes.json, parsed with its schema), fetched once for the planner and the map. */
export function loadRoutes(): Promise<RoutesState> {
  cache ??= loadContentJson('content/routes.json', RoutesFileSchema).then((r): RoutesState =>
    r.ok ? { kind: 'ready', routes: r.value.routes } : { kind: 'error', message: `${r.file}: ${r.message}` },
  );
  return cache;
}

export function useRoutes(): RoutesState {
  const [state, setState] = useState<RoutesState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void loadRoutes().then((s) => {
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
