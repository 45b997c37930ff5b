import { z } from 'zod/mini';
import { SlugSchema } from '../schema/common.ts';

/**
 * The visit passport ("Hộ chiếu địa chỉ đỏ"): one stamp per site, kept in this device's localStorage only (no
 * account, no server). What is read back is parsed; a damaged store is never trusted and never crashes the app: it
 * is moved aside under DAMAGED_KEY (so nothing is lost for good) and the passport starts empty with a notice.
 */
export const PASSPORT_KEY = 'red-address.passport.v1';
export const DAMAGED_KEY = 'red-address.passport.v1.damaged';

/** How a stamp was earned: the site's quiz passed, its QR plate opened, or the student's position there. */
export const STAMP_WAYS = ['quiz', 'qr', 'here'] as const;
export type StampWay = (typeof STAMP_WAYS)[number];

export const StampSchema = z.strictObject({
  /** When it was first earned (ISO 8601). */
  at: z.iso.datetime({ offset: true }),
  via: z.enum(STAMP_WAYS),
});
export type Stamp = z.infer<typeof StampSchema>;

export const PassportSchema = z.strictObject({
  version: z.literal(1),
  stamps: z.record(SlugSchema, StampSchema),
});
export type Passport = z.infer<typeof PassportSchema>;

export const EMPTY_PASSPORT: Passport = { version: 1, stamps: {} };

export type ReadResult = { passport: Passport; damaged: boolean };

/** The part of Storage the store uses (tests pass a Map-backed one). */
export type PassportStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): PassportStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (privacy settings): no passport, no crash
  }
}

/** Pure: the stored text → a passport, or `damaged` (not JSON, wrong shape, unknown version). */
export function parsePassport(text: string | null): ReadResult {
  if (text === null) return { passport: EMPTY_PASSPORT, damaged: false };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { passport: EMPTY_PASSPORT, damaged: true };
  }
  const parsed = PassportSchema.safeParse(json);
  return parsed.success ? { passport: parsed.data, damaged: false } : { passport: EMPTY_PASSPORT, damaged: true };
}

/** Read the passport; a damaged one is moved to DAMAGED_KEY and reported once. */
export function readPassport(storage: PassportStorage | null = defaultStorage()): ReadResult {
  if (storage === null) return { passport: EMPTY_PASSPORT, damaged: false };
  let text: string | null;
  try {
    text = storage.getItem(PASSPORT_KEY);
  } catch {
    return { passport: EMPTY_PASSPORT, damaged: false };
  }
  const result = parsePassport(text);
  if (result.damaged && text !== null) {
    try {
      storage.setItem(DAMAGED_KEY, text);
      storage.removeItem(PASSPORT_KEY);
    } catch {
      // storage full or blocked: the notice still shows, the bad text stays where it is
    }
  }
  return result;
}

/** Pure: the passport with a stamp for `siteId` (the first stamp of a site is kept: its date and way). */
export function withStamp(passport: Passport, siteId: string, via: StampWay, now: Date): Passport {
  if (passport.stamps[siteId] !== undefined || !SlugSchema.safeParse(siteId).success) return passport;
  return { ...passport, stamps: { ...passport.stamps, [siteId]: { at: now.toISOString(), via } } };
}

/** Stamp a site and save; returns the passport as saved (unchanged when the site had its stamp already). */
export function addStamp(siteId: string, via: StampWay, now: Date = new Date(), storage: PassportStorage | null = defaultStorage()): Passport {
  const { passport } = readPassport(storage);
  const next = withStamp(passport, siteId, via, now);
  if (next !== passport && storage !== null) {
    try {
      storage.setItem(PASSPORT_KEY, JSON.stringify(next));
    } catch {
      // full or blocked storage: the stamp is lost, the app goes on
    }
  }
  if (next !== passport && typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(PASSPORT_EVENT));
  return next;
}

/** Fired on window after a new stamp, so an open passport view can refresh. */
export const PASSPORT_EVENT = 'red-address:passport';
