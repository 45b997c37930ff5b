import { describe, expect, it } from 'vitest';
import { dayOfYear, sunsetMinutes } from '../../../src/domain/plan/sunset.ts';
import { parseClock } from '../../../src/domain/plan/clock.ts';

// Approximate sunsets for Hà Nội (21.03°N, 105.85°E, UTC+7) as almanacs give them (recalled, not fetched; the
// formula itself is checked to the minute against a cited table below). Thái Nguyên lies 0.6° further north on
// the same meridian, so its sunset differs by at most ~2 minutes.
const HANOI: [string, string][] = [
  ['2026-01-15', '17:35'],
  ['2026-03-20', '18:08'],
  ['2026-06-21', '18:42'],
  ['2026-09-22', '17:54'],
  ['2026-12-21', '17:20'],
];

// Sunsets on 22 Dec 2015 from Wikipedia "Template:December solstice" (data: Finnish Meteorological Institute).
const DEC_2015: [string, number, number, number, string][] = [
  ['Cairo', 30.044, 31.236, 2, '16:59'],
  ['Dakar', 14.693, -17.447, 0, '18:46'],
  ['Addis Ababa', 9.03, 38.74, 3, '18:11'],
  ['Athens', 37.98, 23.73, 2, '17:09'],
  ['Lisbon', 38.72, -9.14, 0, '17:18'],
];

describe('sunsetMinutes', () => {
  it.each(DEC_2015)('matches the published sunset of %s within 2 minutes', (_city, lat, lon, utcOffsetHours, hhmm) => {
    const got = sunsetMinutes('2015-12-22', { lat, lon, utcOffsetHours });
    expect(Math.abs((got ?? 0) - (parseClock(hhmm) ?? 0))).toBeLessThanOrEqual(2);
  });

  it.each(HANOI)('on %s is within 10 minutes of %s', (date, hhmm) => {
    const got = sunsetMinutes(date);
    expect(got).not.toBeNull();
    expect(Math.abs((got ?? 0) - (parseClock(hhmm) ?? 0))).toBeLessThanOrEqual(10);
  });

  it('is later in June than in December by more than an hour', () => {
    expect((sunsetMinutes('2026-06-21') ?? 0) - (sunsetMinutes('2026-12-21') ?? 0)).toBeGreaterThan(60);
  });

  it('rejects dates that do not exist', () => {
    expect(sunsetMinutes('2026-02-30')).toBeNull();
    expect(sunsetMinutes('2026-13-01')).toBeNull();
    expect(sunsetMinutes('tomorrow')).toBeNull();
  });

  it('counts days of the year, leap years included', () => {
    expect(dayOfYear('2026-01-01')).toBe(1);
    expect(dayOfYear('2024-12-31')).toBe(366);
    expect(dayOfYear('2026-12-31')).toBe(365);
  });
});
