import { describe, expect, it } from 'vitest';
import { addStamp, DAMAGED_KEY, EMPTY_PASSPORT, PASSPORT_KEY, parsePassport, readPassport, withStamp, type PassportStorage } from '../../../src/domain/passport/passport-store.ts';
import { checkHere, VISIT_RADIUS_M } from '../../../src/domain/passport/visit-radius.ts';

function memory(initial: Record<string, string> = {}): PassportStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
const NOW = new Date('2026-03-26T08:00:00Z');

describe('passport store', () => {
  it('starts empty, stamps a site once (first way and date kept) and reads it back', () => {
    const s = memory();
    expect(readPassport(s)).toEqual({ passport: EMPTY_PASSPORT, damaged: false });
    addStamp('tin-keo', 'quiz', NOW, s);
    addStamp('tin-keo', 'qr', new Date('2026-04-01T00:00:00Z'), s);
    addStamp('den-duom', 'here', NOW, s);
    const { passport, damaged } = readPassport(s);
    expect(damaged).toBe(false);
    expect(passport.stamps).toEqual({
      'tin-keo': { at: '2026-03-26T08:00:00.000Z', via: 'quiz' },
      'den-duom': { at: '2026-03-26T08:00:00.000Z', via: 'here' },
    });
  });

  it('refuses a site id that is not a slug', () => {
    expect(withStamp(EMPTY_PASSPORT, '<script>', 'qr', NOW)).toBe(EMPTY_PASSPORT);
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['wrong version', '{"version":2,"stamps":{}}'],
    ['a stamp of the wrong shape', '{"version":1,"stamps":{"tin-keo":{"at":"yesterday","via":"quiz"}}}'],
    ['an unknown way', '{"version":1,"stamps":{"tin-keo":{"at":"2026-03-26T08:00:00.000Z","via":"magic"}}}'],
    ['an array', '[]'],
    ['null', 'null'],
  ])('a damaged store (%s) is set aside under another key and reported, never thrown', (_name, text) => {
    const s = memory({ [PASSPORT_KEY]: text });
    expect(parsePassport(text).damaged).toBe(true);
    expect(readPassport(s)).toEqual({ passport: EMPTY_PASSPORT, damaged: true });
    expect(s.data.get(DAMAGED_KEY)).toBe(text);
    expect(s.data.has(PASSPORT_KEY)).toBe(false);
    // Reported once: the next read finds a clean (empty) store.
    expect(readPassport(s).damaged).toBe(false);
    // And new stamps go on working.
    addStamp('tin-keo', 'quiz', NOW, s);
    expect(Object.keys(readPassport(s).passport.stamps)).toEqual(['tin-keo']);
  });

  it('a storage that throws (blocked) is an empty passport, not a crash', () => {
    const blocked: PassportStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(readPassport(blocked)).toEqual({ passport: EMPTY_PASSPORT, damaged: false });
    expect(() => addStamp('tin-keo', 'qr', NOW, blocked)).not.toThrow();
  });
});

describe('"I am here" radius', () => {
  const site = { lon: 105.6, lat: 21.9 };
  // 0.001° of latitude ≈ 111 m.
  const at = (dLat: number, accuracy = 10) => ({ lon: site.lon, lat: site.lat + dLat, accuracy });

  it('grows with the uncertainty of the map point', () => {
    expect(checkHere(site, 'source', at(0.001)).ok).toBe(true); // ~111 m
    expect(checkHere(site, 'source', at(0.003)).ok).toBe(false); // ~333 m
    expect(checkHere(site, 'unofficial-dataset', at(0.003)).ok).toBe(true);
    expect(checkHere(site, 'approximate', at(0.008)).ok).toBe(true); // ~890 m
    expect(checkHere(site, 'approximate', at(0.012)).ok).toBe(false); // ~1.3 km
    expect(checkHere(site, 'commune-centroid', at(0.02)).ok).toBe(true); // ~2.2 km
    const radii = ['source', 'unofficial-dataset', 'approximate', 'commune-centroid'] as const;
    for (let i = 1; i < radii.length; i++) expect(VISIT_RADIUS_M[radii[i] as 'source']).toBeGreaterThan(VISIT_RADIUS_M[radii[i - 1] as 'source'] ?? 0);
  });

  it('adds the GPS accuracy, but at most 500 m; no map point cannot be stamped', () => {
    expect(checkHere(site, 'source', at(0.003, 250)).ok).toBe(true);
    expect(checkHere(site, 'source', at(0.01, 5000)).ok).toBe(false); // 1.1 km > 150 + 500
    expect(checkHere(site, 'none', at(0))).toEqual({ ok: false, reason: 'no-position' });
    expect(checkHere(null, 'source', at(0))).toEqual({ ok: false, reason: 'no-position' });
    expect(checkHere(site, 'source', { lon: Number.NaN, lat: 1, accuracy: 1 }).ok).toBe(false);
  });
});
