import { z } from 'zod/mini';
import type { Plan } from '../plan/plan.ts';
import { encodePlan } from '../plan/plan-url.ts';

/**
 * The planner's own keys of the address, beside `plan` (src/domain/plan/plan-url.ts):
 * - `planner=1` while the planner is open, so opening it is a step in the history (Back closes it);
 * - `date=YYYY-MM-DD`, the day of the trip, so a shared link and its handout show the teacher's date, not today.
 * Pure, never throws; anything malformed is ignored.
 */
export const PLANNER_OPEN_KEY = 'planner';
export const PLAN_DATE_KEY = 'date';

/** A real calendar day (2026-02-30 is not), years 1900–2199 (the sunset formula's range is wider). */
export const PlanDateSchema = z.string().check(
  z.regex(/^(19|20|21)\d\d-\d\d-\d\d$/),
  z.refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'not a calendar day'),
);

function paramsOf(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

export interface PlannerUrl {
  open: boolean;
  date: string | null;
}

export function parsePlannerUrl(search: string): PlannerUrl {
  const params = paramsOf(search);
  const date = PlanDateSchema.safeParse(params.get(PLAN_DATE_KEY) ?? '');
  return { open: params.get(PLANNER_OPEN_KEY) === '1', date: date.success ? date.data : null };
}

function finish(params: URLSearchParams): string {
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The address with `planner=1` set (open) or removed (closed), every other key as it was. */
export function withPlannerOpen(search: string, open: boolean): string {
  const params = paramsOf(search);
  if (open) params.set(PLANNER_OPEN_KEY, '1');
  else params.delete(PLANNER_OPEN_KEY);
  return finish(params);
}

/** Sets (a valid day) or removes (null, or anything invalid) the trip date on the given parameters. */
export function setPlanDate(params: URLSearchParams, date: string | null): URLSearchParams {
  if (date !== null && PlanDateSchema.safeParse(date).success) params.set(PLAN_DATE_KEY, date);
  else params.delete(PLAN_DATE_KEY);
  return params;
}

/** The plan's own key of the address (its codec: src/domain/plan/plan-url.ts). */
export const PLAN_URL_KEY = 'plan';

/**
 * Writes (or removes) the `plan` key and the trip `date` that goes with it, keeping every other key of the address
 * as it is. An empty plan carries no date.
 */
export function withPlanParam(search: string, plan: Plan, date: string | null = null): string {
  const params = paramsOf(search);
  if (plan.stops.length === 0) params.delete(PLAN_URL_KEY);
  else params.set(PLAN_URL_KEY, encodePlan(plan));
  setPlanDate(params, plan.stops.length === 0 ? null : date);
  return finish(params);
}
