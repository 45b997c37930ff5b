import { describe, expect, it } from 'vitest';
import { geolocationErrorKind, sortByDistance } from '../../../src/domain/explore/near-me.ts';
import { makeSite, sampleSites } from './factories.ts';

describe('sortByDistance', () => {
  // Thái Nguyên city centre, near the prison museum
  const cityCentre = { lon: 105.844, lat: 21.593 };

  it('orders located sites nearest first, unlocated last with km null', () => {
    const out = sortByDistance(sampleSites(), cityCentre);
    expect(out.map((d) => d.id)).toEqual([
      'nha-tu-chinh-tri',
      'bao-tang-van-hoa',
      'atk-dinh-hoa',
      // Tỉn Keo and Đèo De share a point: input order kept
      'tin-keo',
      'deo-de',
      'khong-ro',
    ]);
    expect(out.at(-1)).toEqual({ id: 'khong-ro', km: null });
    const kms = out.map((d) => d.km).filter((k): k is number => k !== null);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
  });

  it('computes great-circle kilometres', () => {
    const sites = [makeSite({ id: 'a', at: [105.844, 21.593] }), makeSite({ id: 'b', at: [105.844, 22.593] })];
    const [a, b] = sortByDistance(sites, cityCentre);
    expect(a).toEqual({ id: 'a', km: 0 });
    expect(b?.km).toBeCloseTo(111.2, 0); // one degree of latitude
  });

  it('gives every site km null for an invalid origin', () => {
    for (const from of [
      { lon: Number.NaN, lat: 21 },
      { lon: 105, lat: Number.POSITIVE_INFINITY },
      { lon: 105, lat: 95 },
    ]) {
      const out = sortByDistance(sampleSites(), from);
      expect(out.every((d) => d.km === null)).toBe(true);
      expect(out.map((d) => d.id)).toEqual(sampleSites().map((s) => s.id));
    }
  });

  it('handles no sites', () => {
    expect(sortByDistance([], cityCentre)).toEqual([]);
  });
});

describe('geolocationErrorKind', () => {
  it('maps GeolocationPositionError codes to message keys', () => {
    expect(geolocationErrorKind(1)).toBe('nearMe.denied');
    expect(geolocationErrorKind(2)).toBe('nearMe.unavailable');
    expect(geolocationErrorKind(3)).toBe('nearMe.timeout');
    expect(geolocationErrorKind(0)).toBe('nearMe.error');
    expect(geolocationErrorKind(42)).toBe('nearMe.error');
    expect(geolocationErrorKind(Number.NaN)).toBe('nearMe.error');
  });
});
