import type { Lang } from './schema/common.ts';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1947-05-20" → "20/5/1947" (vi) or "20 May 1947" (en); partial dates stay partial ("tháng 5/1947"). */
export function formatPartialDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  if (lang === 'vi') return d === undefined ? `tháng ${m}/${y}` : `${d}/${m}/${y}`;
  const month = EN_MONTHS[m - 1] ?? String(m);
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** Year of a partial date, for period filters. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The weekday of a calendar date ("2025-05-10" → "Thứ Bảy" / "Saturday"), or undefined when it is not one. */
export function weekdayOf(date: string, lang: Lang): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(d);
}
