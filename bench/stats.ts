/** Small figures helpers the benchmarks share. */

/** The median (the mean of the middle two for an even count; 0 for none). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Rounded to one decimal, as the results table shows milliseconds and kilobytes. */
export const r1 = (x: number): number => Math.round(x * 10) / 10;
