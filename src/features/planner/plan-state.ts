import {
  addStop, emptyPlan, moveStop, removeStop, setLunch, setStopMinutes, type Lunch, type Plan, type PlanStart,
} from '../../domain/plan/plan.ts';
import type { DecodeError } from '../../domain/plan/plan-url.ts';

/**
 * The plan's slice of the app store (src/app/store.ts): the teacher's plan and the planner around it. Pure; the
 * store's reducer hands plan actions here. Saving it (localStorage) and the address are done by the planner's hook
 * and the app's one URL writer.
 */
export type PlanNotice =
  | { kind: 'corrupt-storage' }
  | { kind: 'bad-link'; error: DecodeError }
  | { kind: 'from-link'; canRestore: boolean }
  /** A shared link named sites that are no longer in the data: these positions (1-based, in the link) were left out. */
  | { kind: 'dropped-stops'; positions: number[] }
  | { kind: 'replaced'; previous: Plan };

export type PlannerTab = 'plan' | 'routes';

export interface PlanState {
  plan: Plan;
  notices: PlanNotice[];
  open: boolean;
  tab: PlannerTab;
  /** A curated route shown on the map (the routes tab), or null. */
  previewRoute: string | null;
  /** The day of the visit (for the sunset warning and the handout); null: today. */
  date: string | null;
}

export type PlanAction =
  | { type: 'add'; site: string; minutes: number }
  | { type: 'remove'; index: number }
  | { type: 'removeSite'; site: string }
  | { type: 'move'; from: number; to: number }
  | { type: 'setStart'; start: PlanStart }
  | { type: 'setStartTime'; startTime: string }
  | { type: 'setLunch'; lunch: Lunch | null }
  | { type: 'setMinutes'; index: number; minutes: number }
  /** A new plan (the optimiser's order). */
  | { type: 'set'; plan: Plan }
  /** A new plan in place of this one (a curated route copied in); the notice offers the old one back. */
  | { type: 'replace'; plan: Plan }
  /** Empties the plan (start and time stay); the notice offers it back. */
  | { type: 'clear' }
  | { type: 'dismiss'; kind: PlanNotice['kind'] }
  /** Back to the plan that was replaced; else to `stored`, the plan a shared link set aside (read from storage). */
  | { type: 'restorePrevious'; stored: Plan | null }
  | { type: 'setOpen'; open: boolean }
  | { type: 'setTab'; tab: PlannerTab }
  | { type: 'setPreviewRoute'; id: string | null }
  | { type: 'setDate'; date: string | null };

/** The planner as a new visitor finds it: an empty plan, closed, no notices. */
export function homePlanState(): PlanState {
  return { plan: emptyPlan(), notices: [], open: false, tab: 'plan', previewRoute: null, date: null };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function withPlan(state: PlanState, plan: Plan): PlanState {
  return plan === state.plan ? state : { ...state, plan };
}

function replaced(state: PlanState, plan: Plan): PlanState {
  const notices = state.plan.stops.length > 0
    ? [...state.notices.filter((n) => n.kind !== 'replaced'), { kind: 'replaced' as const, previous: state.plan }]
    : state.notices;
  return { ...state, plan, notices };
}

function dismissed(state: PlanState, kind: PlanNotice['kind']): PlanNotice[] {
  return state.notices.filter((n) => n.kind !== kind);
}

export function planReducer(state: PlanState, action: PlanAction): PlanState {
  const p = state.plan;
  switch (action.type) {
    case 'add':
      return withPlan(state, addStop(p, action.site, action.minutes));
    case 'remove':
      return withPlan(state, removeStop(p, action.index));
    case 'removeSite':
      return withPlan(state, removeStop(p, p.stops.findIndex((s) => s.site === action.site)));
    case 'move':
      return withPlan(state, moveStop(p, action.from, action.to));
    case 'setStart':
      return withPlan(state, { ...p, start: action.start });
    case 'setStartTime':
      return TIME.test(action.startTime) ? withPlan(state, { ...p, startTime: action.startTime }) : state;
    case 'setLunch':
      return withPlan(state, setLunch(p, action.lunch));
    case 'setMinutes':
      return withPlan(state, setStopMinutes(p, action.index, action.minutes));
    case 'set':
      return withPlan(state, action.plan);
    case 'replace':
      return replaced(state, action.plan);
    case 'clear':
      return replaced(state, { ...emptyPlan(p.startTime), start: p.start });
    case 'dismiss':
      return { ...state, notices: dismissed(state, action.kind) };
    case 'restorePrevious': {
      const notice = state.notices.find((n) => n.kind === 'replaced');
      if (notice?.kind === 'replaced') return { ...state, plan: notice.previous, notices: dismissed(state, 'replaced') };
      return { ...state, plan: action.stored ?? p, notices: dismissed(state, 'from-link') };
    }
    case 'setOpen':
      return state.open === action.open ? state : { ...state, open: action.open };
    case 'setTab':
      return { ...state, tab: action.tab };
    case 'setPreviewRoute':
      return { ...state, previewRoute: action.id };
    case 'setDate':
      return { ...state, date: action.date };
  }
}
