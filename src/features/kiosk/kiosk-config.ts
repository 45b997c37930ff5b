import { z } from 'zod/mini';
import { LangSchema, SlugSchema, type Lang } from '../../domain/schema/common.ts';
import { HOME_BOUNDS } from '../../map/home-view.ts';

/**
 * The kiosk's settings: one file (`kiosk-config.json`, next to index.html) read at start in kiosk mode, plus URL
 * overrides for tests (`?mode=kiosk&attract=2&reset=4&countdown=3&dwell=1`, in seconds; `freshStart` in hours;
 * `quizEvery` a count).
 * Every field is checked on its own: a bad field falls back to its default with a warning, so a typo never leaves
 * the kiosk dark.
 */
export interface KioskConfig {
  /** Seconds without a touch before the attract loop starts touring the featured sites; 0 turns it off. */
  attractAfterSeconds: number;
  /** Seconds without a touch before the reset countdown appears; 0 turns the idle reset off. */
  resetAfterSeconds: number;
  /** Length of the visible countdown before the reset, in seconds. */
  countdownSeconds: number;
  /** How long the attract loop stays on each featured site, in seconds. */
  dwellSeconds: number;
  /** Site ids the attract loop tours, in order (unknown or unlocated ids are ignored). */
  featuredSites: string[];
  /**
   * After every this many site cards the attract loop shows one quiz question (data/quizzes) about the site just
   * shown; 0: no quiz cards.
   */
  quizEvery: number;
  /** The home screen the reset returns to. */
  home: { lang: Lang; bounds: [[number, number], [number, number]] };
  /**
   * Deprecated: the QR hand-off uses the build's public base URL (publish.config.json, docs/deploy.md). A value here
   * still wins, with a warning, so a kiosk set up before that keeps its codes; null: the public base URL.
   */
  shareBaseUrl: string | null;
  /** Minutes between checks for a new version of the app (0: only at start). */
  updateCheckMinutes: number;
  /**
   * Hours after which the page reloads itself at the next idle reset, when nobody is there (0: never): a screen that
   * runs for days then starts each day fresh, whatever the browser has accumulated. Only when the reload cannot
   * fail (the service worker serves the app, or the network is up).
   */
  freshStartHours: number;
  /**
   * Where the kiosk stands ({ "lon": …, "lat": … }, from a survey of the spot): the list then says how far each site is
   * from the screen ("Gần tôi" is hidden on the kiosk). null (the default): no distances.
   */
  position: { lon: number; lat: number } | null;
}

export const DEFAULT_FEATURED = [
  'atk-dinh-hoa',
  'tin-keo',
  'nha-tuong-niem-ho-chi-minh-deo-de',
  'khuon-tat-na-dinh',
  'noi-thanh-lap-hoi-nha-bao-viet-nam',
  'lang-quang-viet-nam-giai-phong-quan',
  'nha-tu-cho-chu',
  'bao-tang-van-hoa-cac-dan-toc-viet-nam',
  'den-duom',
  'khu-di-tich-27-7',
];

export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
  attractAfterSeconds: 90,
  resetAfterSeconds: 120,
  countdownSeconds: 10,
  dwellSeconds: 12,
  featuredSites: DEFAULT_FEATURED,
  quizEvery: 3,
  home: { lang: 'vi', bounds: HOME_BOUNDS },
  shareBaseUrl: null,
  updateCheckMinutes: 60,
  freshStartHours: 24,
  position: null,
};

export const KIOSK_CONFIG_URL = 'kiosk-config.json';

// z.number() rejects Infinity and NaN (classic zod's `.finite()` was a no-op in zod 4 for that reason).
const seconds = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const delay = (min: number, max: number) => z.union([z.literal(0), seconds(min, max)]);
const Lon = z.number().check(z.minimum(100), z.maximum(112));
const Lat = z.number().check(z.minimum(8), z.maximum(24));
const Bounds = z
  .tuple([z.tuple([Lon, Lat]), z.tuple([Lon, Lat])])
  .check(z.refine(([[w, s], [e, n]]) => w < e && s < n, { message: 'bounds must be [[west, south], [east, north]]' }));
const HttpBase = z.string().check(
  z.maxLength(300),
  z.refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, { message: 'must be an http(s) address' }),
);

/** Field schemas of the file. Short delays are allowed (tests, the soak bench); a day is the ceiling. */
const FIELDS = {
  attractAfterSeconds: delay(0.05, 86400),
  resetAfterSeconds: delay(0.1, 86400),
  countdownSeconds: seconds(0.05, 120),
  dwellSeconds: seconds(0.05, 600),
  featuredSites: z.array(SlugSchema).check(z.maxLength(100)),
  quizEvery: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  home: z.strictObject({ lang: z._default(LangSchema, 'vi'), bounds: z._default(Bounds, HOME_BOUNDS) }),
  shareBaseUrl: z.union([z.null(), HttpBase]),
  updateCheckMinutes: seconds(0, 24 * 60),
  // Hours (the same 0-or-a-range shape as the delays); tests go down to 0.00001 h = 36 ms.
  freshStartHours: delay(0.00001, 24 * 30),
  position: z.union([z.null(), z.strictObject({ lon: Lon, lat: Lat })]),
} satisfies { [K in keyof KioskConfig]: z.ZodMiniType<KioskConfig[K], unknown> };

export interface ParsedKioskConfig {
  config: KioskConfig;
  /** What was ignored and why (logged, never shown to visitors). */
  warnings: string[];
}

/** Pure: the config file's JSON (or anything) → a complete config; bad or unknown fields are warnings. */
export function parseKioskConfig(json: unknown): ParsedKioskConfig {
  const warnings: string[] = [];
  const config: KioskConfig = { ...DEFAULT_KIOSK_CONFIG, home: { ...DEFAULT_KIOSK_CONFIG.home } };
  if (json === undefined || json === null) return { config, warnings };
  const obj = z.record(z.string(), z.unknown()).safeParse(json);
  if (!obj.success) return { config, warnings: ['kiosk config: not a JSON object; using the defaults'] };
  for (const [key, value] of Object.entries(obj.data)) {
    if (key === '$schema' || key === '$comment' || key.startsWith('//')) continue;
    if (!(key in FIELDS)) {
      warnings.push(`kiosk config: unknown field "${key}" ignored`);
      continue;
    }
    const field = key as keyof KioskConfig;
    const parsed = FIELDS[field].safeParse(value);
    if (!parsed.success) {
      warnings.push(`kiosk config: ${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}; using the default`);
      continue;
    }
    if (field === 'shareBaseUrl' && parsed.data !== null) {
      warnings.push('kiosk config: shareBaseUrl is deprecated; set publicBaseUrl in publish.config.json (docs/deploy.md)');
    }
    (config as unknown as Record<string, unknown>)[field] = parsed.data;
  }
  return { config, warnings };
}

/** URL keys (seconds; `quizEvery` a count) that override the file, for tests and trials on the spot. */
const URL_OVERRIDES = {
  attract: ['attractAfterSeconds', FIELDS.attractAfterSeconds],
  reset: ['resetAfterSeconds', FIELDS.resetAfterSeconds],
  countdown: ['countdownSeconds', FIELDS.countdownSeconds],
  dwell: ['dwellSeconds', FIELDS.dwellSeconds],
  freshStart: ['freshStartHours', FIELDS.freshStartHours],
  quizEvery: ['quizEvery', FIELDS.quizEvery],
} as const;

/**
 * Pure: apply `attract`, `reset`, `countdown`, `dwell` (seconds), `freshStart` (hours) and `quizEvery` (site cards
 * per quiz card) from a query string; out-of-range values are warnings.
 */
export function applyUrlOverrides(parsed: ParsedKioskConfig, search: string): ParsedKioskConfig {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return parsed;
  }
  const config = { ...parsed.config };
  const warnings = [...parsed.warnings];
  for (const [key, [field, schema]] of Object.entries(URL_OVERRIDES)) {
    const raw = params.get(key);
    if (raw === null) continue;
    const n = raw.trim() === '' || raw.length > 12 ? Number.NaN : Number(raw);
    const ok = schema.safeParse(n);
    if (ok.success) config[field] = ok.data;
    else warnings.push(`kiosk URL: ${key}=${raw.slice(0, 20)} is out of range; ignored`);
  }
  return { config, warnings };
}

/** Pure: keep the featured ids that are real, located sites, in order and without repeats. */
export function resolveFeatured(ids: readonly string[], located: ReadonlySet<string>): { ids: string[]; unknown: string[] } {
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const id of ids) {
    if (!located.has(id)) unknown.push(id);
    else seen.add(id);
  }
  return { ids: [...seen], unknown };
}

/** The link a phone should open for a query ("?site=x&lang=en"), on the public address when one is set. */
export function shareUrl(query: string, base: string | null, here: { origin: string; pathname: string }): string {
  const root = base ?? `${here.origin}${here.pathname}`;
  const url = new URL(root);
  url.search = query.startsWith('?') ? query.slice(1) : query;
  url.hash = '';
  return url.href;
}

/** Fetch and parse the config file (never cached by the service worker when online), then the URL overrides. */
export async function loadKioskConfig(search: string, fetchFn: typeof fetch = fetch): Promise<ParsedKioskConfig> {
  let json: unknown = undefined;
  const warnings: string[] = [];
  try {
    const res = await fetchFn(new URL(KIOSK_CONFIG_URL, document.baseURI).href, { cache: 'no-cache' });
    if (res.ok) json = JSON.parse(await res.text()) as unknown;
    else warnings.push(`kiosk config: HTTP ${res.status}; using the defaults`);
  } catch (e) {
    warnings.push(`kiosk config: ${e instanceof Error ? e.message : String(e)}; using the defaults`);
  }
  const parsed = parseKioskConfig(json);
  return applyUrlOverrides({ config: parsed.config, warnings: [...warnings, ...parsed.warnings] }, search);
}
