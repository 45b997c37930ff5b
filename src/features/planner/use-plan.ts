import type { RoadCost } from '../../domain/plan/optimize-plan.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SiteFeature } from '../../domain/schema/site.ts';
import {
  addStop, emptyPlan, moveStop, removeStop, setLunch as setPlanLunch, setStopMinutes, type Lunch, type Plan, type PlanStart,
} from '../../domain/plan/plan.ts';
import { decodePlan, encodePlan, type DecodeError } from '../../domain/plan/plan-url.ts';
import { PLAN_CORRUPT_KEY, PLAN_STORAGE_KEY, readStoredPlan, serializeStoredPlan } from '../../domain/plan/plan-storage.ts';
import { RESET_EVENT } from '../kiosk/kiosk-reset.ts';
import { parsePlannerUrl, setPlanDate } from '../../domain/url/planner-url.ts';

/**
 * The teacher's plan: one state for the header button, the add buttons, the planner and the map layers.
 * Always loaded, so it stays small: the schema, the URL codec and storage only (the optimiser, timetable, GPX
 * and QR live in the lazily loaded planner).
 */
export const PLAN_URL_KEY = 'plan';
/** A plan set aside when a shared link replaced it, so the teacher can get their own back. */
export const PLAN_PREVIOUS_KEY = 'red-address-map.plan.v1.previous';
/** Minutes on site when the site suggests none. */
export const DEFAULT_STOP_MINUTES = 45;

export type PlanNotice =
  | { kind: 'corrupt-storage' }
  | { kind: 'bad-link'; error: DecodeError }
  | { kind: 'from-link'; canRestore: boolean }
  /** A shared link named sites that are no longer in the data: these positions (1-based, in the link) were left out. */
  | { kind: 'dropped-stops'; positions: number[] }
  | { kind: 'replaced'; previous: Plan };

export type PlannerTab = 'plan' | 'routes';

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

/**
 * Writes (or removes) the `plan` key and the trip `date` that goes with it, keeping every other key of the address
 * as it is. An empty plan carries no date.
 */
export function withPlanParam(search: string, plan: Plan, date: string | null = null): string {
  const params = new URLSearchParams(search);
  if (plan.stops.length === 0) params.delete(PLAN_URL_KEY);
  else params.set(PLAN_URL_KEY, encodePlan(plan));
  setPlanDate(params, plan.stops.length === 0 ? null : date);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function suggestedMinutes(site: SiteFeature): number {
  return site.properties.visit.minutes ?? DEFAULT_STOP_MINUTES;
}

export function usePlan(sites: readonly SiteFeature[]) {
  const siteIds = useMemo(() => sites.map((s) => s.id), [sites]);
  const [init] = useState(() => initialPlan(window.location.search, siteIds, storage()));
  const [plan, setPlan] = useState<Plan>(init.plan);
  const [notices, setNotices] = useState<PlanNotice[]>(init.notices);
  const [open, setOpen] = useState(init.fromLink);
  const [tab, setTab] = useState<PlannerTab>('plan');
  /** A curated route shown on the map (the routes tab), or null. */
  const [previewRoute, setPreviewRoute] = useState<string | null>(null);
  /** The day of the visit (for the sunset warning and the handout); null: today. */
  const [date, setDate] = useState<string | null>(init.date);
  useEffect(() => {
    // Before the first save below, so a corrupt entry is set aside and not simply overwritten.
    applyWrites(init.writes, storage());
  }, [init]);

  // The kiosk's reset for the next visitor: nothing of this visitor's plan stays on screen or on the device.
  useEffect(() => {
    const onReset = () => {
      applyWrites([[PLAN_STORAGE_KEY, null], [PLAN_PREVIOUS_KEY, null]], storage());
      setPlan(emptyPlan());
      setNotices([]);
      setOpen(false);
      setTab('plan');
      setPreviewRoute(null);
      setDate(null);
    };
    window.addEventListener(RESET_EVENT, onReset);
    return () => window.removeEventListener(RESET_EVENT, onReset);
  }, []);

  // Back and forward bring back older addresses; the plan is not part of history, so put the current one back.
  const planRef = useRef({ plan, date });
  useEffect(() => {
    planRef.current = { plan, date };
  }, [plan, date]);
  useEffect(() => {
    const onPop = () => writeUrl(planRef.current.plan, planRef.current.date);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    safe(() => {
      const store = storage();
      if (plan.stops.length === 0 && plan.lunch === undefined) store?.removeItem(PLAN_STORAGE_KEY);
      else store?.setItem(PLAN_STORAGE_KEY, serializeStoredPlan(plan));
    });
    writeUrl(plan, date);
  }, [plan, date]);

  const update = useCallback((fn: (p: Plan) => Plan) => setPlan((p) => fn(p)), []);
  const add = useCallback((site: SiteFeature) => update((p) => addStop(p, site.id, suggestedMinutes(site))), [update]);
  const remove = useCallback((index: number) => update((p) => removeStop(p, index)), [update]);
  const removeSite = useCallback((id: string) => update((p) => removeStop(p, p.stops.findIndex((s) => s.site === id))), [update]);
  const move = useCallback((from: number, to: number) => update((p) => moveStop(p, from, to)), [update]);
  const setStart = useCallback((start: PlanStart) => update((p) => ({ ...p, start })), [update]);
  const setStartTime = useCallback((startTime: string) => {
    if (/^([01]\d|2[0-3]):[0-5]\d$/.test(startTime)) update((p) => ({ ...p, startTime }));
  }, [update]);
  const setLunch = useCallback((lunch: Lunch | null) => update((p) => setPlanLunch(p, lunch)), [update]);
  const setMinutes = useCallback((index: number, minutes: number) => update((p) => setStopMinutes(p, index, minutes)), [update]);
  /**
   * Reorders with the optimiser, loaded on demand (it pulls in the distance code); returns the new plan. With
   * `roadCost` (road minutes from the routing worker) it orders by road minutes.
   */
  const optimise = useCallback(async (roadCost?: RoadCost): Promise<Plan> => {
    const { optimizePlan } = await import('../../domain/plan/optimize-plan.ts');
    const next = optimizePlan(plan, sites, roadCost === undefined ? {} : { roadCost });
    setPlan(next);
    return next;
  }, [plan, sites]);
  /** Replaces the plan (a curated route copied in); the old one can be brought back from the notice. */
  const replace = useCallback(
    (next: Plan) => {
      if (plan.stops.length > 0) setNotices((ns) => [...ns.filter((n) => n.kind !== 'replaced'), { kind: 'replaced', previous: plan }]);
      setPlan(next);
    },
    [plan],
  );
  /** Empties the plan (start and time stay); the notice offers it back. */
  const clear = useCallback(() => replace({ ...emptyPlan(plan.startTime), start: plan.start }), [replace, plan]);
  const dismiss = useCallback((kind: PlanNotice['kind']) => setNotices((ns) => ns.filter((n) => n.kind !== kind)), []);
  const restorePrevious = useCallback(() => {
    const notice = notices.find((n) => n.kind === 'replaced');
    if (notice?.kind === 'replaced') {
      setPlan(notice.previous);
      dismiss('replaced');
      return;
    }
    let raw: string | null = null;
    try {
      raw = storage()?.getItem(PLAN_PREVIOUS_KEY) ?? null;
    } catch {
      raw = null;
    }
    const prev = readStoredPlan(raw).plan;
    if (prev !== null) setPlan(prev);
    dismiss('from-link');
  }, [notices, dismiss]);

  const inPlan = useMemo(() => new Set(plan.stops.map((s) => s.site)), [plan.stops]);

  return {
    plan, notices, open, setOpen, tab, setTab, previewRoute, setPreviewRoute, date, setDate, inPlan,
    add, remove, removeSite, move, setStart, setStartTime, setLunch, setMinutes, clear, optimise, replace, dismiss, restorePrevious,
  };
}

export type PlanApi = ReturnType<typeof usePlan>;

function writeUrl(plan: Plan, date: string | null): void {
  const next = withPlanParam(window.location.search, plan, date);
  if (next === window.location.search) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${next}${window.location.hash}`);
}
