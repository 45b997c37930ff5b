import type { SiteFeature, Confidence } from '../schema/site.ts';
import { formatClock, parseClock } from './clock.ts';
import { resolveLeg, type LegBasis, type RoadLookup } from '../routing/leg-basis.ts';
import { endpointOfSite, type Endpoint } from './endpoint.ts';
import { startEndpoint, type Plan, type PlanStop } from './plan.ts';
import { sunsetMinutes, THAI_NGUYEN } from './sunset.ts';

export interface TimetableOptions {
  /** The trip's date, YYYY-MM-DD, for the sunset warning (the caller passes today by default). */
  date: string;
  /** Vehicle for road legs. Default coach (a class on a hired bus). */
  mode?: 'coach' | 'car';
  /** Add the drive back to the start point (default true: the bus brings the class home). */
  returnToStart?: boolean;
  /** The longest day allowed before `over-10-hours` (minutes, default 600). */
  maxDayMinutes?: number;
  /** Road routes from the routing worker; without them (or for a pair it has not answered) legs are estimates. */
  roads?: RoadLookup;
}

interface LegFields {
  /** null when unknown (the stop or the previous located point has no position). */
  legKm: number | null;
  legMinutes: number | null;
  estimated: boolean;
  basis: LegBasis | null;
  /** The road to draw (road legs only). */
  path?: [number, number][];
  /** The last stretch to or from a site more than ~1 km off the road is a straight-line estimate. */
  offRoadEstimate?: boolean;
}

export type TimetableRow =
  | ({ kind: 'stop'; index: number; stop: PlanStop; arrive: string; depart: string; arriveMin: number; departMin: number } & LegFields)
  | { kind: 'lunch'; afterStop: number; start: string; end: string; startMin: number; endMin: number; minutes: number }
  | ({ kind: 'return'; arrive: string; arriveMin: number } & LegFields);

export type TimetableWarning =
  | { code: 'ends-after-sunset'; params: { end: string; sunset: string } }
  | { code: 'over-10-hours'; params: { minutes: number; limit: number } }
  | { code: 'approximate-position'; params: { index: number; site: string; confidence: Confidence } }
  | { code: 'unlocated-stop'; params: { index: number; site: string } }
  | { code: 'unknown-site'; params: { index: number; site: string } }
  /** A leg whose length is unknown (both ends share one placeholder point): its drive time is not counted. */
  | { code: 'unknown-distance'; params: { index: number; site: string } }
  | { code: 'invalid-date'; params: { date: string } };

export interface Timetable {
  rows: TimetableRow[];
  totals: {
    km: number;
    /** km that are estimates (great circle × detour factor). */
    estimatedKm: number;
    travelMinutes: number;
    visitMinutes: number;
    lunchMinutes: number;
    /** From departure to the end (return arrival, or last departure without return). */
    dayMinutes: number;
    start: string;
    end: string;
    endMin: number;
    /** Legs drawn (each stop's way there, and home). */
    legs: number;
    /**
     * Legs of unknown length (no position, or two stops on one placeholder point): their travel time is not in the
     * figures, so with any of them km, travel, the day and the end are lower bounds ("at least"), never totals.
     */
    unknownLegs: number;
  };
  /** Local sunset at Thái Nguyên on the date, HH:MM; null for an invalid date. */
  sunset: string | null;
  warnings: TimetableWarning[];
}

/**
 * The day's timetable: drive, visit, lunch, drive home. Unlocated or unknown stops keep their visit time but
 * their legs are unknown (null) and the next leg is measured from the last located point; each is a warning.
 * A leg between two stops that share one placeholder point is unknown too (`unknown-distance`; the return leg
 * reports index = number of stops and site "start").
 */
export function buildTimetable(plan: Plan, sites: readonly SiteFeature[], opts: TimetableOptions): Timetable {
  const mode = opts.mode ?? 'coach';
  const limit = opts.maxDayMinutes ?? 600;
  const byId = new Map(sites.map((s) => [s.id, s]));
  const warnings: TimetableWarning[] = [];
  const rows: TimetableRow[] = [];
  const startMin = parseClock(plan.startTime) ?? 0;
  const origin = startEndpoint(plan.start);

  let t = startMin;
  let last: Endpoint = origin;
  let km = 0;
  let estimatedKm = 0;
  let travel = 0;
  let visit = 0;
  let lunchMinutes = 0;

  const leg = (to: Endpoint, known: boolean): LegFields => {
    if (!known || to.position === null) return { legKm: null, legMinutes: null, estimated: true, basis: null };
    const road = last.position === null ? null : (opts.roads?.(last.position, to.position, mode) ?? null);
    const d = resolveLeg(last, to, { mode }, road);
    if (d === null) {
      last = to;
      return { legKm: null, legMinutes: null, estimated: true, basis: null };
    }
    const minutes = d.minutes;
    km += d.km;
    if (d.estimated) estimatedKm += d.km;
    travel += minutes;
    t += minutes;
    last = to;
    const fields: LegFields = { legKm: d.km, legMinutes: minutes, estimated: d.estimated, basis: d.basis };
    if (d.basis === 'road' && d.coords !== undefined) fields.path = d.coords;
    if (d.offRoadEstimate === true) fields.offRoadEstimate = true;
    return fields;
  };

  plan.stops.forEach((stop, index) => {
    const site = byId.get(stop.site);
    if (site === undefined) {
      warnings.push({ code: 'unknown-site', params: { index, site: stop.site } });
    } else if (site.geometry === null) {
      warnings.push({ code: 'unlocated-stop', params: { index, site: stop.site } });
    } else if (site.properties.location.confidence === 'approximate' || site.properties.location.confidence === 'commune-centroid') {
      warnings.push({ code: 'approximate-position', params: { index, site: stop.site, confidence: site.properties.location.confidence } });
    }
    const to: Endpoint = site === undefined ? { position: null } : endpointOfSite(site);
    const fields = leg(to, site !== undefined);
    if (fields.legKm === null && site !== undefined && site.geometry !== null) {
      warnings.push({ code: 'unknown-distance', params: { index, site: stop.site } });
    }
    const arriveMin = t;
    t += stop.minutes;
    visit += stop.minutes;
    rows.push({ kind: 'stop', index, stop, arrive: formatClock(arriveMin), depart: formatClock(t), arriveMin, departMin: t, ...fields });
    if (plan.lunch !== undefined && plan.lunch.afterStop === index) {
      const s = t;
      t += plan.lunch.minutes;
      lunchMinutes += plan.lunch.minutes;
      rows.push({ kind: 'lunch', afterStop: index, start: formatClock(s), end: formatClock(t), startMin: s, endMin: t, minutes: plan.lunch.minutes });
    }
  });

  if ((opts.returnToStart ?? true) && plan.stops.length > 0) {
    const fields = leg(origin, true);
    if (fields.legKm === null) warnings.push({ code: 'unknown-distance', params: { index: plan.stops.length, site: 'start' } });
    rows.push({ kind: 'return', arrive: formatClock(t), arriveMin: t, ...fields });
  }

  const dayMinutes = t - startMin;
  const legRows = rows.filter((r): r is Exclude<TimetableRow, { kind: 'lunch' }> => r.kind !== 'lunch');
  const unknownLegs = legRows.filter((r) => r.legKm === null).length;
  const sunsetMin = sunsetMinutes(opts.date, THAI_NGUYEN);
  if (sunsetMin === null) {
    warnings.push({ code: 'invalid-date', params: { date: opts.date } });
  } else if (plan.stops.length > 0 && t > sunsetMin) {
    warnings.push({ code: 'ends-after-sunset', params: { end: formatClock(t), sunset: formatClock(sunsetMin) } });
  }
  if (dayMinutes > limit) warnings.push({ code: 'over-10-hours', params: { minutes: dayMinutes, limit } });

  return {
    rows,
    totals: {
      km,
      estimatedKm,
      travelMinutes: travel,
      visitMinutes: visit,
      lunchMinutes,
      dayMinutes,
      start: formatClock(startMin),
      end: formatClock(t),
      endMin: t,
      legs: legRows.length,
      unknownLegs,
    },
    sunset: sunsetMin === null ? null : formatClock(sunsetMin),
    warnings,
  };
}
