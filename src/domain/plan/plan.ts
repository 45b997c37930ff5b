import { z } from 'zod/mini';
import { SlugSchema } from '../schema/common.ts';
import type { Endpoint } from './endpoint.ts';

/**
 * Preset starting points. Coordinates come only from the project's facts (NOTES.md §2), not from a map:
 * - "Thái Nguyên city 21.6, 105.85 (Wikipedia-derived infobox)": the city as a whole, not a particular square;
 * - "TT Chợ Chu 21.9070, 105.6423": the former district seat of Định Hóa.
 * Their names are words of the UI, in the locale files (planner.start.presets), like every other label.
 */
export const START_PRESETS = {
  'thai-nguyen-city': {
    lon: 105.85,
    lat: 21.6,
    district: 'Thái Nguyên',
  },
  'cho-chu': {
    lon: 105.6423,
    lat: 21.907,
    district: 'Định Hóa',
  },
} as const;
export const START_PRESET_IDS = ['thai-nguyen-city', 'cho-chu'] as const;
export type StartPresetId = (typeof START_PRESET_IDS)[number];

export const MAX_PLAN_STOPS = 40;

export const PlanStartSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('preset'), id: z.enum(START_PRESET_IDS) }),
  z.strictObject({
    kind: z.literal('point'),
    lon: z.number().check(z.minimum(-180), z.maximum(180)),
    lat: z.number().check(z.minimum(-90), z.maximum(90)),
  }),
]);
export type PlanStart = z.infer<typeof PlanStartSchema>;

export const ClockSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be HH:MM (00:00–23:59)' }));

export const PlanStopSchema = z.strictObject({
  site: SlugSchema,
  minutes: z.number().check(z.int(), z.minimum(0), z.maximum(600)),
});
export type PlanStop = z.infer<typeof PlanStopSchema>;

export const LunchSchema = z.strictObject({
  /** Index of the stop after which the class has lunch (a position in the day, not a site). */
  afterStop: z.number().check(z.int(), z.minimum(0)),
  minutes: z.number().check(z.int(), z.minimum(0), z.maximum(240)),
});
export type Lunch = z.infer<typeof LunchSchema>;

export const PlanSchema = z
  .strictObject({
    v: z.literal(1),
    start: PlanStartSchema,
    startTime: ClockSchema,
    stops: z.array(PlanStopSchema).check(z.maxLength(MAX_PLAN_STOPS)),
    lunch: z.optional(LunchSchema),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.lunch !== undefined && p.lunch.afterStop >= p.stops.length) {
        ctx.addIssue({ code: 'custom', path: ['lunch', 'afterStop'], message: 'lunch must follow an existing stop' });
      }
      const seen = new Set<string>();
      p.stops.forEach((s, i) => {
        if (seen.has(s.site)) ctx.addIssue({ code: 'custom', path: ['stops', i, 'site'], message: 'a site appears twice' });
        seen.add(s.site);
      });
    }),
  );
export type Plan = z.infer<typeof PlanSchema>;

export function emptyPlan(startTime = '07:00'): Plan {
  return { v: 1, start: { kind: 'preset', id: 'thai-nguyen-city' }, startTime, stops: [] };
}

export function startEndpoint(start: PlanStart): Endpoint {
  if (start.kind === 'point') return { position: [start.lon, start.lat] };
  const p = START_PRESETS[start.id];
  return { position: [p.lon, p.lat], district: p.district };
}

/** Keeps lunch on an existing stop after the stop list changed length; drops it when no stop is left. */
function withStops(plan: Plan, stops: PlanStop[]): Plan {
  const { lunch, ...rest } = plan;
  if (lunch === undefined) return { ...rest, stops };
  if (stops.length === 0) return { ...rest, stops };
  return { ...rest, stops, lunch: { ...lunch, afterStop: Math.min(lunch.afterStop, stops.length - 1) } };
}

/** Appends a site (no-op when it is already in the plan or the plan is full). */
export function addStop(plan: Plan, site: string, minutes: number): Plan {
  if (plan.stops.some((s) => s.site === site) || plan.stops.length >= MAX_PLAN_STOPS) return plan;
  return withStops(plan, [...plan.stops, { site, minutes }]);
}

/** Removes the stop at `index`; a lunch after a later stop moves up with it so it stays after the same visit. */
export function removeStop(plan: Plan, index: number): Plan {
  if (!Number.isInteger(index) || index < 0 || index >= plan.stops.length) return plan;
  const stops = plan.stops.filter((_, i) => i !== index);
  if (plan.lunch !== undefined && plan.lunch.afterStop > index) {
    return withStops({ ...plan, lunch: { ...plan.lunch, afterStop: plan.lunch.afterStop - 1 } }, stops);
  }
  return withStops(plan, stops);
}

/**
 * Moves a stop from one position to another. Lunch is a moment of the day ("after the 2nd stop"), so it keeps
 * its position while the sites are reordered.
 */
export function moveStop(plan: Plan, from: number, to: number): Plan {
  const n = plan.stops.length;
  if (![from, to].every((i) => Number.isInteger(i) && i >= 0 && i < n) || from === to) return plan;
  const stops = [...plan.stops];
  const [moved] = stops.splice(from, 1);
  if (moved === undefined) return plan;
  stops.splice(to, 0, moved);
  return { ...plan, stops };
}

export function moveUp(plan: Plan, index: number): Plan {
  return moveStop(plan, index, index - 1);
}

export function moveDown(plan: Plan, index: number): Plan {
  return moveStop(plan, index, index + 1);
}

export function setStopMinutes(plan: Plan, index: number, minutes: number): Plan {
  if (index < 0 || index >= plan.stops.length || !Number.isInteger(minutes) || minutes < 0 || minutes > 600) return plan;
  return { ...plan, stops: plan.stops.map((s, i) => (i === index ? { ...s, minutes } : s)) };
}

/** Sets (or with null removes) lunch; ignored when afterStop is not an existing stop. */
export function setLunch(plan: Plan, lunch: Lunch | null): Plan {
  const { lunch: _old, ...rest } = plan;
  if (lunch === null) return rest;
  if (lunch.afterStop < 0 || lunch.afterStop >= plan.stops.length) return plan;
  return { ...rest, lunch };
}
