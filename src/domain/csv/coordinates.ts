/**
 * Coordinates as editors type them in a spreadsheet cell. Pure, no I/O.
 *
 * Understood, for one value (a latitude or a longitude cell):
 *   21.8283 · 21,8283 (decimal comma) · -21.5 · 21°49'42"N · 21°49'42.5" N · N 21°49′42″ · 21° 49.7' N · 21 49 42 N
 * Understood, for a pair typed in one cell ("latitude, longitude", the order Google Maps copies):
 *   21.8283, 105.5402 · 21.8283 105.5402 · 21,8283; 105,5402 · 21°49'42"N 105°32'24"E · 105°32'24"E, 21°49'42"N
 * With N/S/E/W letters the letters decide which number is the latitude; without them the first is the latitude.
 */

export type Axis = 'lat' | 'lon';

export interface ParsedValue {
  value: number;
  /** The axis named by a hemisphere letter (N/S → lat, E/W → lon), if one was typed. */
  axis?: Axis;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const HEMI: Readonly<Record<string, { axis: Axis; sign: 1 | -1 }>> = {
  N: { axis: 'lat', sign: 1 },
  S: { axis: 'lat', sign: -1 },
  E: { axis: 'lon', sign: 1 },
  W: { axis: 'lon', sign: -1 },
};

/** Fold the many look-alike symbols spreadsheets and word processors produce into ° ' ". */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[º˚∘]/g, '°')
    .replace(/[′’‘`´]/g, "'")
    .replace(/[″“”]/g, '"')
    .replace(/''/g, '"')
    .replace(/[−–]/g, '-')
    .trim()
    .toUpperCase();
}

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
/** degrees [°] [minutes ['] [seconds ["]]], separators optional when whitespace separates the numbers. */
const DMS_BODY = new RegExp(String.raw`^${NUM}(?:\s*°\s*|\s+)?(?:${NUM}(?:\s*'\s*|\s+)?(?:${NUM}\s*"?)?)?$`);

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

const isInteger = (s: string): boolean => /^\d+$/.test(s);

const NOT_UNDERSTOOD = 'không đọc được tọa độ / not a coordinate';
const FORMS = 'ví dụ / e.g. 21.8283 hoặc / or 21°49\'42"N';

/** Parse one latitude or longitude. No range check here: the caller knows which axis the cell is. */
export function parseCoordinateValue(text: string): Parsed<ParsedValue> {
  let s = normalise(text);
  if (s.length === 0) return { ok: false, message: 'ô trống / empty' };
  let hemi: string | undefined;
  const pre = /^([NSEW])\s*/.exec(s);
  if (pre?.[1] !== undefined) {
    hemi = pre[1];
    s = s.slice(pre[0].length);
  }
  const post = /\s*([NSEW])$/.exec(s);
  if (post?.[1] !== undefined) {
    if (hemi !== undefined) return { ok: false, message: `${NOT_UNDERSTOOD} ("${text.trim()}": hai chữ N/S/E/W / two hemisphere letters)` };
    hemi = post[1];
    s = s.slice(0, s.length - post[0].length);
  }
  let sign = 1;
  if (s.startsWith('-')) {
    if (hemi !== undefined) return { ok: false, message: `${NOT_UNDERSTOOD} ("${text.trim()}": dấu trừ và chữ N/S/E/W / both a minus sign and a hemisphere letter)` };
    sign = -1;
    s = s.slice(1).trim();
  }
  const m = DMS_BODY.exec(s);
  if (m === null || m[1] === undefined) return { ok: false, message: `${NOT_UNDERSTOOD}: "${text.trim()}" (${FORMS})` };
  const [, dStr, minStr, secStr] = m;
  if (minStr !== undefined && !isInteger(dStr)) {
    return { ok: false, message: `${NOT_UNDERSTOOD}: "${text.trim()}" (độ lẻ thì không có phút / decimal degrees cannot have minutes)` };
  }
  if (secStr !== undefined && minStr !== undefined && !isInteger(minStr)) {
    return { ok: false, message: `${NOT_UNDERSTOOD}: "${text.trim()}" (phút lẻ thì không có giây / decimal minutes cannot have seconds)` };
  }
  const deg = toNumber(dStr);
  const min = minStr === undefined ? 0 : toNumber(minStr);
  const sec = secStr === undefined ? 0 : toNumber(secStr);
  if (min >= 60) return { ok: false, message: `phút phải nhỏ hơn 60 / minutes must be below 60: "${text.trim()}"` };
  if (sec >= 60) return { ok: false, message: `giây phải nhỏ hơn 60 / seconds must be below 60: "${text.trim()}"` };
  // Decimal input is kept exactly as typed (no float arithmetic), so export → import is lossless.
  // DMS is rounded to 6 decimals (about 0.1 m), far below the precision of any typed seconds.
  const magnitude = minStr === undefined ? deg : Math.round((deg + min / 60 + sec / 3600) * 1e6) / 1e6;
  const h = hemi === undefined ? undefined : HEMI[hemi];
  const value = (h?.sign ?? sign) * magnitude;
  return { ok: true, value: h === undefined ? { value } : { value, axis: h.axis } };
}

export interface LatLon {
  lat: number;
  lon: number;
}

/** Split a one-cell pair into its two halves, or undefined when there is no recognisable split. */
function splitPair(s: string): [string, string] | undefined {
  if (s.includes(';')) {
    const parts = s.split(';');
    return parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined ? [parts[0], parts[1]] : undefined;
  }
  const letters = [...s.matchAll(/[NSEW]/g)].map((x) => x.index);
  if (letters.length === 2) {
    const [first, second] = letters as [number, number];
    // Prefix style "N 21°… E 105°…" splits before the second letter; suffix style after the first.
    const cut = first === 0 ? second : first + 1;
    return [s.slice(0, cut), s.slice(cut).replace(/^\s*,/, '')];
  }
  // Two decimal numbers separated by a comma and/or spaces: "21.8283, 105.5402" (dot decimals only here).
  // "21,8283" (no dot, no space) is a decimal comma, not a pair.
  const dec = /^(-?\d+(?:\.\d+)?)\s*(,\s*|\s+)(-?\d+(?:\.\d+)?)$/.exec(s);
  if (dec?.[1] !== undefined && dec[3] !== undefined) {
    const decimalComma = dec[2] === ',' && !dec[1].includes('.') && !dec[3].includes('.');
    if (!decimalComma) return [dec[1], dec[3]];
  }
  // DMS without letters: split before the second "number °".
  const dms = /^(.*?°.*?)\s*,?\s+(-?\d+(?:[.,]\d+)?\s*°.*)$/.exec(s);
  if (dms?.[1] !== undefined && dms[2] !== undefined) return [dms[1], dms[2]];
  return undefined;
}

/** Parse "latitude, longitude" typed in one cell. */
export function parseCoordinatePair(text: string): Parsed<LatLon> {
  const s = normalise(text);
  const halves = splitPair(s);
  if (halves === undefined) {
    return { ok: false, message: `${NOT_UNDERSTOOD}: "${text.trim()}" (ví dụ / e.g. "21.8283, 105.5402" hoặc / or "21°49'42"N 105°32'24"E")` };
  }
  const a = parseCoordinateValue(halves[0]);
  if (!a.ok) return a;
  const b = parseCoordinateValue(halves[1]);
  if (!b.ok) return b;
  const [x, y] = [a.value, b.value];
  if (x.axis !== undefined && x.axis === y.axis) {
    return { ok: false, message: `cả hai số đều là ${x.axis === 'lat' ? 'vĩ độ (N/S)' : 'kinh độ (E/W)'} / both numbers are ${x.axis === 'lat' ? 'latitudes' : 'longitudes'}: "${text.trim()}"` };
  }
  if (x.axis === 'lon' || y.axis === 'lat') return { ok: true, value: { lat: y.value, lon: x.value } };
  return { ok: true, value: { lat: x.value, lon: y.value } };
}

/** Does the text look like a pair rather than a single value? (used when the longitude cell is empty) */
export function looksLikePair(text: string): boolean {
  return splitPair(normalise(text)) !== undefined;
}

/**
 * Decimal text for export: the shortest text that reads back as exactly the same number, never in exponent form,
 * and with at least 4 decimals. The padding matters: a spreadsheet set to Vietnamese (decimal comma, "." grouping
 * thousands) reads "105.525" as 105525 and "21.8" as a date, but leaves "105.5250" and "21.8000" alone.
 */
export function formatCoordinate(n: number): string {
  let s = String(n);
  if (/e/i.test(s)) s = n.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
  const dot = s.indexOf('.');
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  if (decimals >= 4) return s;
  return (dot < 0 ? `${s}.` : s) + '0'.repeat(4 - decimals);
}
