/**
 * Faceted filters over the sites: category, rank (or part of the ATK relic), historical period, district (pre-2025) and commune (post-2025).
 * AND across facets, OR within one facet, an empty facet constrains nothing.
 */
import { CATEGORIES, RANKS, type Category, type RankLevel, type SiteFeature } from '../schema/site.ts';

export interface PeriodDef {
  id: string;
  /** First year inside the period, inclusive; null = open. */
  from: number | null;
  /** Last year inside the period, inclusive; null = open. */
  to: number | null;
}

/**
 * Historical periods, as data. Years are inclusive on both ends and the periods do not overlap.
 * "Up to 1945" includes the 1917 Thái Nguyên uprising and the August Revolution of 1945.
 */
export const PERIODS = [
  {
    id: 'before-1945',
    from: null,
    to: 1945,
  },
  {
    id: '1946-1954',
    from: 1946,
    to: 1954,
  },
  {
    id: 'after-1954',
    from: 1955,
    to: null,
  },
] as const satisfies readonly PeriodDef[];

export type PeriodId = (typeof PERIODS)[number]['id'];
export const PERIOD_IDS: readonly PeriodId[] = PERIODS.map((p) => p.id);
/** The locale key of a period's label (filters.period.<id> in src/i18n/locales). */
export const periodLabelKey = (id: PeriodId): `filters.period.${PeriodId}` => `filters.period.${id}`;

/**
 * Values of the rank facet: the site's own rank level, plus "part of the ATK special national relic", which a
 * component matches alongside its own level (an ATK component is not itself special-national).
 */
export const RANK_FILTERS = [...RANKS, 'atk-component'] as const satisfies readonly (RankLevel | 'atk-component')[];
export type RankFilter = (typeof RANK_FILTERS)[number];

export interface FilterState {
  categories: Category[];
  ranks: RankFilter[];
  periods: PeriodId[];
  /** Pre-2025 district names exactly as in the data (place.district). */
  districts: string[];
  /** Post-2025 commune names exactly as in the data (place.communeAfter2025 and place.otherCommunesAfter2025). */
  communesAfter2025: string[];
}
export type FacetKey = keyof FilterState;
export type FacetValue<F extends FacetKey> = FilterState[F][number];
export const FACETS: readonly FacetKey[] = ['categories', 'ranks', 'periods', 'districts', 'communesAfter2025'];

export function emptyFilters(): FilterState {
  return { categories: [], ranks: [], periods: [], districts: [], communesAfter2025: [] };
}

export function isEmpty(state: FilterState): boolean {
  return FACETS.every((f) => state[f].length === 0);
}

/** Add the value if absent (at the end), remove it if present; returns a new state. */
export function toggle<F extends FacetKey>(state: FilterState, facet: F, value: FacetValue<F>): FilterState {
  const current = state[facet] as readonly FacetValue<F>[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [facet]: next };
}

/** Year of a partial date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; NaN if unreadable. */
function yearOf(date: string): number {
  return Number.parseInt(date.slice(0, 4), 10);
}

function inPeriod(year: number, p: PeriodDef): boolean {
  return (p.from === null || year >= p.from) && (p.to === null || year <= p.to);
}

/** Periods touched by any of the site's dates, in PERIODS order; a site without dates has none. */
export function periodsOf(site: SiteFeature): PeriodId[] {
  const years = site.properties.dates.map((d) => yearOf(d.date)).filter((y) => Number.isFinite(y));
  return PERIODS.filter((p) => years.some((y) => inPeriod(y, p))).map((p) => p.id);
}

/** The site's value on each facet, pre-digested: enum facets as indices, periods as a bit mask. */
interface SiteFacets {
  category: number;
  /** Bit i set = the site matches RANK_FILTERS[i]. */
  rankMask: number;
  periodMask: number;
  district: string;
  /** Post-2025 communes: the main one, then any others a relic area spreads over. */
  communes: readonly string[];
}

const CATEGORY_INDEX = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
const RANK_BIT = new Map<RankFilter, number>(RANK_FILTERS.map((r, i) => [r, 1 << i]));
const PERIOD_BIT = new Map<PeriodId, number>(PERIODS.map((p, i) => [p.id, 1 << i]));

/** Sites are immutable data: derive their facet values once. */
const facetCache = new WeakMap<SiteFeature, SiteFacets>();

function facetsOf(site: SiteFeature): SiteFacets {
  const cached = facetCache.get(site);
  if (cached !== undefined) return cached;
  const p = site.properties;
  const facets: SiteFacets = {
    category: CATEGORY_INDEX.get(p.category) ?? -1,
    rankMask: (RANK_BIT.get(p.rank.level) ?? 0) | (p.rank.atkComponent === true ? (RANK_BIT.get('atk-component') ?? 0) : 0),
    periodMask: periodsOf(site).reduce((mask, id) => mask | (PERIOD_BIT.get(id) ?? 0), 0),
    district: p.place.district,
    communes: [p.place.communeAfter2025, ...(p.place.otherCommunesAfter2025 ?? [])],
  };
  facetCache.set(site, facets);
  return facets;
}

/** The selection in matching-friendly form; null / 0 = facet not constrained. */
interface Selection {
  categories: readonly boolean[] | null;
  rankMask: number;
  periodMask: number;
  districts: ReadonlySet<string> | null;
  communes: ReadonlySet<string> | null;
}

function selectionOf(state: FilterState): Selection {
  const flags = <T>(all: readonly T[], chosen: readonly T[]) => (chosen.length === 0 ? null : all.map((v) => chosen.includes(v)));
  const set = (xs: readonly string[]) => (xs.length === 0 ? null : new Set(xs));
  return {
    categories: flags(CATEGORIES, state.categories),
    rankMask: state.ranks.reduce((mask, id) => mask | (RANK_BIT.get(id) ?? 0), 0),
    periodMask: state.periods.reduce((mask, id) => mask | (PERIOD_BIT.get(id) ?? 0), 0),
    districts: set(state.districts),
    communes: set(state.communesAfter2025),
  };
}

/** Bit i set = the site fails facet FACETS[i]. */
function failures(sel: Selection, f: SiteFacets): number {
  let failed = 0;
  if (sel.categories !== null && sel.categories[f.category] !== true) failed |= 1;
  if (sel.rankMask !== 0 && (sel.rankMask & f.rankMask) === 0) failed |= 2;
  if (sel.periodMask !== 0 && (sel.periodMask & f.periodMask) === 0) failed |= 4;
  if (sel.districts !== null && !sel.districts.has(f.district)) failed |= 8;
  if (sel.communes !== null && !f.communes.some((c) => sel.communes?.has(c) === true)) failed |= 16;
  return failed;
}

/** Sites matching the filters, in input order. */
export function applyFilters<S extends SiteFeature>(sites: readonly S[], state: FilterState): S[] {
  if (isEmpty(state)) return [...sites];
  const sel = selectionOf(state);
  return sites.filter((site) => failures(sel, facetsOf(site)) === 0);
}

export type FacetCounts = { [F in FacetKey]: Map<FacetValue<F>, number> };

const viCollator = new Intl.Collator('vi');
const compareVi = (a: string, b: string): number => viCollator.compare(a, b);

/** Distinct districts and communes of a site list in Vietnamese alphabetical order, derived once per list. */
const placeOrderCache = new WeakMap<readonly SiteFeature[], { districts: string[]; communes: string[] }>();

function placeOrder(sites: readonly SiteFeature[]): { districts: string[]; communes: string[] } {
  let order = placeOrderCache.get(sites);
  if (order === undefined) {
    const districts = new Set<string>();
    const communes = new Set<string>();
    for (const site of sites) {
      const f = facetsOf(site);
      districts.add(f.district);
      for (const c of f.communes) communes.add(c);
    }
    order = { districts: [...districts].sort(compareVi), communes: [...communes].sort(compareVi) };
    placeOrderCache.set(sites, order);
  }
  return order;
}

/** Counts in display order; selected values absent from the data are slotted in with 0. */
function inOrder(order: readonly string[], counts: ReadonlyMap<string, number>, selected: readonly string[]): Map<string, number> {
  const out = new Map(order.map((k) => [k, counts.get(k) ?? 0]));
  const extras = selected.filter((v) => !out.has(v));
  if (extras.length === 0) return out;
  return new Map([...out, ...extras.map((v): [string, number] => [v, 0])].sort(([a], [b]) => compareVi(a, b)));
}

/**
 * For each value of each facet: how many sites would match if that value were selected,
 * given the selections on all the OTHER facets (standard faceted-search counts).
 * Map order is display order: categories, ranks (then "atk-component") and periods in schema order; districts and communes
 * in Vietnamese alphabetical order. Values selected in the state but absent from the data appear with 0.
 * Like the rest of the app, treats `sites` as immutable (derived orderings are cached per array).
 */
export function facetCounts(sites: readonly SiteFeature[], state: FilterState): FacetCounts {
  const sel = selectionOf(state);
  const categories = CATEGORIES.map(() => 0);
  const ranks = RANK_FILTERS.map(() => 0);
  const periods = PERIODS.map(() => 0);
  const districts = new Map<string, number>();
  const communes = new Map<string, number>();

  for (const site of sites) {
    const f = facetsOf(site);
    const failed = failures(sel, f);
    // A site counts for facet F if it matches every facet other than F: failed ⊆ {F}.
    if ((failed & ~1) === 0 && f.category >= 0) categories[f.category]! += 1;
    if ((failed & ~2) === 0) {
      for (let i = 0; i < ranks.length; i++) if (f.rankMask & (1 << i)) ranks[i]! += 1;
    }
    if ((failed & ~4) === 0) {
      for (let i = 0; i < periods.length; i++) if (f.periodMask & (1 << i)) periods[i]! += 1;
    }
    if ((failed & ~8) === 0) districts.set(f.district, (districts.get(f.district) ?? 0) + 1);
    if ((failed & ~16) === 0) for (const c of f.communes) communes.set(c, (communes.get(c) ?? 0) + 1);
  }

  const order = placeOrder(sites);
  return {
    categories: new Map(CATEGORIES.map((c, i) => [c, categories[i] ?? 0])),
    ranks: new Map(RANK_FILTERS.map((r, i) => [r, ranks[i] ?? 0])),
    periods: new Map(PERIOD_IDS.map((p, i) => [p, periods[i] ?? 0])),
    districts: inOrder(order.districts, districts, state.districts),
    communesAfter2025: inOrder(order.communes, communes, state.communesAfter2025),
  };
}
