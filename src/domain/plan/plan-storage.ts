import { PlanSchema, type Plan } from './plan.ts';

/** localStorage key of the current plan; a corrupt entry is moved to PLAN_CORRUPT_KEY by the UI. */
export const PLAN_STORAGE_KEY = 'red-address-map.plan.v1';
export const PLAN_CORRUPT_KEY = 'red-address-map.plan.v1.corrupt';

export interface StoredPlanResult {
  /** null when nothing is stored or the entry is corrupt. */
  plan: Plan | null;
  /** true when something was stored but is not a valid plan (bad JSON or fails the schema). */
  corrupt: boolean;
  /** The raw stored text, so the UI can set a corrupt entry aside instead of losing it. */
  raw: string | null;
}

/** Reads a stored plan (the raw localStorage value). Pure, never throws. */
export function readStoredPlan(raw: string | null): StoredPlanResult {
  if (raw === null) return { plan: null, corrupt: false, raw: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { plan: null, corrupt: true, raw };
  }
  const parsed = PlanSchema.safeParse(json);
  return parsed.success ? { plan: parsed.data, corrupt: false, raw } : { plan: null, corrupt: true, raw };
}

export function serializeStoredPlan(plan: Plan): string {
  return JSON.stringify(plan);
}
