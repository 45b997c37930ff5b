/**
 * Sunset time, from the NOAA "General Solar Position Calculations" formulas (fractional-year series for the
 * equation of time and the declination; sun's centre 0.833° below the horizon for refraction and its radius).
 * Accurate to a couple of minutes at Thái Nguyên's latitude, which is plenty for a field-trip warning.
 */
export const THAI_NGUYEN = { lat: 21.6, lon: 105.85, utcOffsetHours: 7 } as const;

const RAD = Math.PI / 180;

/** Day of year (1–366) of an ISO calendar date YYYY-MM-DD; null when it is not a real date. */
export function dayOfYear(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const date = new Date(t);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
}

/**
 * Local sunset in minutes after midnight (e.g. 1063 = 17:43) for an ISO date; null for an invalid date or when
 * the sun does not set (never at these latitudes).
 */
export function sunsetMinutes(
  isoDate: string,
  place: { lat: number; lon: number; utcOffsetHours: number } = THAI_NGUYEN,
): number | null {
  const doy = dayOfYear(isoDate);
  if (doy === null) return null;
  const year = Number(isoDate.slice(0, 4));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const g = ((2 * Math.PI) / (leap ? 366 : 365)) * (doy - 1 + (18 - place.utcOffsetHours - 12) / 24);
  const eqTime =
    229.18 *
    (0.000075 + 0.001868 * Math.cos(g) - 0.032077 * Math.sin(g) - 0.014615 * Math.cos(2 * g) - 0.040849 * Math.sin(2 * g));
  const decl =
    0.006918 -
    0.399912 * Math.cos(g) +
    0.070257 * Math.sin(g) -
    0.006758 * Math.cos(2 * g) +
    0.000907 * Math.sin(2 * g) -
    0.002697 * Math.cos(3 * g) +
    0.00148 * Math.sin(3 * g);
  const lat = place.lat * RAD;
  const cosHa = Math.cos(90.833 * RAD) / (Math.cos(lat) * Math.cos(decl)) - Math.tan(lat) * Math.tan(decl);
  if (cosHa < -1 || cosHa > 1) return null;
  const haDeg = Math.acos(cosHa) / RAD;
  const utc = 720 - 4 * (place.lon - haDeg) - eqTime;
  return Math.round(utc + place.utcOffsetHours * 60);
}
