import type { RoadCost } from '../../domain/plan/optimize-plan.ts';
import { useCallback, useEffect, useMemo, useRef, type Dispatch } from 'react';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { emptyPlan, type Lunch, type Plan, type PlanStart } from '../../domain/plan/plan.ts';
import { decodePlan, encodePlan } from '../../domain/plan/plan-url.ts';
import { PLAN_CORRUPT_KEY, PLAN_STORAGE_KEY, readStoredPlan, serializeStoredPlan } from '../../domain/plan/plan-storage.ts';
import { parsePlannerUrl, PLAN_URL_KEY, withPlanParam } from '../../domain/url/planner-url.ts';
import type { PlanAction, PlannerTab, PlanNotice, PlanState } from './plan-state.ts';

/**
 * The teacher's plan, as the app store holds it (src/features/planner/plan-state.ts): one state for the header
 * button, the add buttons, the planner and the map layers. Always loaded, so it stays small: the schema, the URL
 * codec and storage only (the optimiser, timetable, GPX and QR live in the lazily loaded planner).
 */
export { PLAN_URL_KEY, withPlanParam };
export type { PlanNotice, PlannerTab };
/** A plan set aside when a shared link replaced it, so the teacher can get their own back. */
export const PLAN_PREVIOUS_KEY = 'red-address-map.plan.v1.previous';
/** Minutes on site when the site suggests none. */
export const DEFAULT_STOP_MINUTES = 45;

interface Storage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (private mode, kiosk policy): the plan lives in the URL only
  }
}

function safe(fn: () => void): void {
  try {
    fn();
  } catch {
    // quota or a disabled store: never break the app over a save
  }
}

interface Initial {
  plan: Plan;
  notices: PlanNotice[];
  fromLink: boolean;
  /** The trip date the address carries (a shared plan's day), or null: today. */
  date: string | null;
  /** Entries to set aside (key → value, null to remove), written once after mount: reading stays pure. */
  writes: [string, string | null][];
}

/** Reads the URL and the store once. Pure: what must be set aside is returned in `writes`. */
export function initialPlan(search: string, siteIds: readonly string[], store: Storage | null): Initial {
  const notices: PlanNotice[] = [];
  const writes: Initial['writes'] = [];
  let raw: string | null = null;
  try {
    raw = store?.getItem(PLAN_STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  const stored = readStoredPlan(raw);
  if (stored.corrupt && stored.raw !== null) {
    writes.push([PLAN_CORRUPT_KEY, stored.raw], [PLAN_STORAGE_KEY, null]);
    notices.push({ kind: 'corrupt-storage' });
  }
  const own = stored.plan ?? emptyPlan();
  let param: string | null = null;
  try {
    param = new URLSearchParams(search).get(PLAN_URL_KEY);
  } catch {
    param = null;
  }
  const { date } = parsePlannerUrl(search);
  if (param !== null) {
    const decoded = decodePlan(param, siteIds);
    if (decoded.ok) {
      const same = stored.plan !== null && encodePlan(stored.plan) === encodePlan(decoded.plan);
      const canRestore = !same && own.stops.length > 0;
      if (canRestore) writes.push([PLAN_PREVIOUS_KEY, serializeStoredPlan(own)]);
      if (!same) notices.push({ kind: 'from-link', canRestore });
      if (decoded.dropped !== undefined) notices.push({ kind: 'dropped-stops', positions: decoded.dropped });
      return { plan: decoded.plan, notices, fromLink: true, date, writes };
    }
    notices.push({ kind: 'bad-link', error: decoded.error });
  }
  return { plan: own, notices, fromLink: false, date, writes };
}

export function applyWrites(writes: Initial['writes'], store: Storage | null): void {
  for (const [key, value] of writes) {
    safe(() => {
      if (value === null) store?.removeItem(key);
      else store?.setItem(key, value);
    });
  }
}

export function suggestedMinutes(site: SiteFeature): number {
  return site.properties.visit.minutes ?? DEFAULT_STOP_MINUTES;
}

/** The plan slice as a page load finds it (Initial, from initialPlan): a shared link opens the planner. */
export function initialPlanState(init: Pick<Initial, 'plan' | 'notices' | 'fromLink' | 'date'>): PlanState {
  return { plan: init.plan, notices: init.notices, open: init.fromLink, tab: 'plan', previewRoute: null, date: init.date };
}

/** Reads the address and the store once, at load (for the app store's first state and the writes after mount). */
export function loadPlan(search: string, siteIds: readonly string[]): Initial {
  return initialPlan(search, siteIds, storage());
}

/**
 * The plan's actions over the store's plan slice, and its saving: the entries `initialPlan` set aside are written
 * once after mount, then the plan is saved on each change (an empty plan removes the entry). The address is the
 * app's URL writer's (src/app/use-url-sync.ts).
 */
export function usePlan(
  sites: readonly SiteFeature[],
  state: PlanState,
  dispatch: Dispatch<PlanAction>,
  opts: { writes?: Initial['writes']; resets?: number } = {},
) {
  const { plan, notices, open, tab, previewRoute, date } = state;
  const { writes = [], resets = 0 } = opts;
  useEffect(() => {
    // Before the first save below, so a corrupt entry is set aside and not simply overwritten.
    applyWrites(writes, storage());
    // Once, at mount: the writes belong to the page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    safe(() => {
      const store = storage();
      if (plan.stops.length === 0 && plan.lunch === undefined) store?.removeItem(PLAN_STORAGE_KEY);
      else store?.setItem(PLAN_STORAGE_KEY, serializeStoredPlan(plan));
    });
  }, [plan]);

  // The kiosk's reset for the next visitor (the store's plan is home already): nothing of it stays on the device.
  const seenResets = useRef(resets);
  useEffect(() => {
    if (resets === seenResets.current) return;
    seenResets.current = resets;
    applyWrites([[PLAN_STORAGE_KEY, null], [PLAN_PREVIOUS_KEY, null]], storage());
  }, [resets]);

  const setOpen = useCallback((o: boolean) => dispatch({ type: 'setOpen', open: o }), [dispatch]);
  const setTab = useCallback((t: PlannerTab) => dispatch({ type: 'setTab', tab: t }), [dispatch]);
  const setPreviewRoute = useCallback((id: string | null) => dispatch({ type: 'setPreviewRoute', id }), [dispatch]);
  const setDate = useCallback((d: string | null) => dispatch({ type: 'setDate', date: d }), [dispatch]);
  const add = useCallback((site: SiteFeature) => dispatch({ type: 'add', site: site.id, minutes: suggestedMinutes(site) }), [dispatch]);
  const remove = useCallback((index: number) => dispatch({ type: 'remove', index }), [dispatch]);
  const removeSite = useCallback((id: string) => dispatch({ type: 'removeSite', site: id }), [dispatch]);
  const move = useCallback((from: number, to: number) => dispatch({ type: 'move', from, to }), [dispatch]);
  const setStart = useCallback((start: PlanStart) => dispatch({ type: 'setStart', start }), [dispatch]);
  const setStartTime = useCallback((startTime: string) => dispatch({ type: 'setStartTime', startTime }), [dispatch]);
  const setLunch = useCallback((lunch: Lunch | null) => dispatch({ type: 'setLunch', lunch }), [dispatch]);
  const setMinutes = useCallback((index: number, minutes: number) => dispatch({ type: 'setMinutes', index, minutes }), [dispatch]);
  /**
   * Reorders with the optimiser, loaded on demand (it pulls in the distance code); returns the new plan. With
   * `roadCost` (road minutes from the routing worker) it orders by road minutes.
   */
  const optimise = useCallback(async (roadCost?: RoadCost): Promise<Plan> => {
    const { optimizePlan } = await import('../../domain/plan/optimize-plan.ts');
    const next = optimizePlan(plan, sites, roadCost === undefined ? {} : { roadCost });
    dispatch({ type: 'set', plan: next });
    return next;
  }, [plan, sites, dispatch]);
  /** Replaces the plan (a curated route copied in); the old one can be brought back from the notice. */
  const replace = useCallback((next: Plan) => dispatch({ type: 'replace', plan: next }), [dispatch]);
  /** Empties the plan (start and time stay); the notice offers it back. */
  const clear = useCallback(() => dispatch({ type: 'clear' }), [dispatch]);
  const dismiss = useCallback((kind: PlanNotice['kind']) => dispatch({ type: 'dismiss', kind }), [dispatch]);
  const restorePrevious = useCallback(() => {
    let stored: Plan | null = null;
    if (!notices.some((n) => n.kind === 'replaced')) {
      let raw: string | null = null;
      try {
        raw = storage()?.getItem(PLAN_PREVIOUS_KEY) ?? null;
      } catch {
        raw = null;
      }
      stored = readStoredPlan(raw).plan;
    }
    dispatch({ type: 'restorePrevious', stored });
  }, [notices, dispatch]);

  const inPlan = useMemo(() => new Set(plan.stops.map((s) => s.site)), [plan.stops]);

  return {
    plan, notices, open, setOpen, tab, setTab, previewRoute, setPreviewRoute, date, setDate, inPlan,
    add, remove, removeSite, move, setStart, setStartTime, setLunch, setMinutes, clear, optimise, replace, dismiss, restorePrevious,
  };
}

export type PlanApi = ReturnType<typeof usePlan>;
