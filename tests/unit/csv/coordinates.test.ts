import { describe, expect, it } from 'vitest';
import {
  formatCoordinate,
  looksLikePair,
  parseCoordinatePair,
  parseCoordinateValue,
} from '../../../src/domain/csv/coordinates.ts';

function value(text: string): number {
  const r = parseCoordinateValue(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.message}`);
  return r.value.value;
}

function pair(text: string): [number, number] {
  const r = parseCoordinatePair(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.message}`);
  return [r.value.lat, r.value.lon];
}

describe('parseCoordinateValue', () => {
  it('reads decimal degrees exactly as typed (no float drift)', () => {
    expect(value('21.828312')).toBe(21.828312);
    expect(value(' 105.540213 ')).toBe(105.540213);
    expect(value('21,8283')).toBe(21.8283); // decimal comma (Vietnamese locale)
    expect(value('-21.5')).toBe(-21.5);
  });

  it('reads degrees-minutes-seconds in the usual spellings', () => {
    const expected = Math.round((21 + 49 / 60 + 42 / 3600) * 1e6) / 1e6; // 21.828333
    expect(value(`21°49'42"N`)).toBe(expected);
    expect(value(`21° 49' 42" N`)).toBe(expected);
    expect(value('21°49′42″N')).toBe(expected); // prime symbols
    expect(value('21º49’42”N')).toBe(expected); // ordinal sign and curly quotes from word processors
    expect(value(`N 21°49'42"`)).toBe(expected); // hemisphere first
    expect(value('21 49 42 N')).toBe(expected); // spaces only
    expect(value(`21°49'42''N`)).toBe(expected); // two apostrophes for seconds
    expect(value(`21°49'42"`)).toBe(expected); // no hemisphere
    expect(value(`105°32'24"E`)).toBe(105.54);
  });

  it('reads decimal seconds and degrees-decimal-minutes', () => {
    expect(value(`21°49'42.5"N`)).toBe(Math.round((21 + 49 / 60 + 42.5 / 3600) * 1e6) / 1e6);
    expect(value(`21°49.7'N`)).toBe(Math.round((21 + 49.7 / 60) * 1e6) / 1e6);
  });

  it('knows the axis and sign from the hemisphere letter', () => {
    const n = parseCoordinateValue(`21°49'42"N`);
    const e = parseCoordinateValue(`105°32'24"E`);
    const s = parseCoordinateValue(`21°30'S`);
    const w = parseCoordinateValue('105.5 W');
    expect(n.ok && n.value.axis).toBe('lat');
    expect(e.ok && e.value.axis).toBe('lon');
    expect(s.ok && s.value.value).toBe(-21.5);
    expect(w.ok && w.value).toEqual({ value: -105.5, axis: 'lon' });
  });

  it('rejects what is not a coordinate, saying why', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /empty/],
      ['abc', /not a coordinate: "abc"/],
      ['21.8.3', /not a coordinate/],
      [`21°61'00"N`, /minutes must be below 60/],
      [`21°49'75"N`, /seconds must be below 60/],
      [`21.5°30'N`, /decimal degrees cannot have minutes/],
      [`N 21°49'42" S`, /two hemisphere letters/],
      ['-21.5 N', /both a minus sign and a hemisphere letter/],
      ['21.8283, 105.5402', /not a coordinate/], // a pair is not one value
    ];
    for (const [text, re] of cases) {
      const r = parseCoordinateValue(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.message, text).toMatch(re);
    }
  });
});

describe('parseCoordinatePair', () => {
  it('reads "lat, lon" as Google Maps copies it, and its variants', () => {
    expect(pair('21.8283, 105.5402')).toEqual([21.8283, 105.5402]);
    expect(pair('21.8283,105.5402')).toEqual([21.8283, 105.5402]);
    expect(pair('21.8283 105.5402')).toEqual([21.8283, 105.5402]);
    expect(pair('21,8283; 105,5402')).toEqual([21.8283, 105.5402]);
  });

  it('reads DMS pairs, ordering them by hemisphere letter', () => {
    const lat = Math.round((21 + 49 / 60 + 42 / 3600) * 1e6) / 1e6;
    expect(pair(`21°49'42"N 105°32'24"E`)).toEqual([lat, 105.54]);
    expect(pair(`21°49'42"N, 105°32'24"E`)).toEqual([lat, 105.54]);
    expect(pair(`105°32'24"E 21°49'42"N`)).toEqual([lat, 105.54]);
    expect(pair(`N21°49'42" E105°32'24"`)).toEqual([lat, 105.54]);
    expect(pair(`21°49'42" 105°32'24"`)).toEqual([lat, 105.54]);
  });

  it('rejects two latitudes, or text that is not a pair', () => {
    const twoLat = parseCoordinatePair(`21°49'42"N 21°50'00"N`);
    expect(twoLat.ok).toBe(false);
    if (!twoLat.ok) expect(twoLat.message).toMatch(/both numbers are latitudes/);
    expect(parseCoordinatePair('21.8283').ok).toBe(false);
    expect(parseCoordinatePair('gần chợ Chu').ok).toBe(false);
  });

  it('tells a pair from a single value with a decimal comma', () => {
    expect(looksLikePair('21.8283, 105.5402')).toBe(true);
    expect(looksLikePair(`21°49'42"N 105°32'24"E`)).toBe(true);
    expect(looksLikePair('21,8283')).toBe(false);
    expect(looksLikePair('21.8283')).toBe(false);
  });
});

describe('formatCoordinate', () => {
  it('writes the shortest exact decimal, never exponent notation', () => {
    expect(formatCoordinate(105.508607)).toBe('105.508607');
    expect(Number(formatCoordinate(0.1 + 0.2))).toBe(0.1 + 0.2);
    expect(formatCoordinate(1e-7)).toBe('0.0000001');
  });

  it('pads to 4 decimals so a Vietnamese-locale spreadsheet cannot read "." as a thousands separator', () => {
    expect(formatCoordinate(105.525)).toBe('105.5250');
    expect(formatCoordinate(21.8)).toBe('21.8000');
    expect(formatCoordinate(106)).toBe('106.0000');
    expect(formatCoordinate(21.9070)).toBe('21.9070');
    for (const n of [105.525, 21.8, 106, 21.80111]) expect(Number(formatCoordinate(n))).toBe(n);
  });
});
