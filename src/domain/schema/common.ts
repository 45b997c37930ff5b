import './zod-config.ts';
import { z } from 'zod/mini';

/** The two languages of the product; Vietnamese first. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LangSchema = z.enum(LANGS);

const nonBlank = z
  .string({ error: 'must be text' })
  .check(z.refine((s) => s.trim().length > 0, { message: 'must not be empty' }));

/** Text in both languages. A missing translation is a data error, never a silent fallback. */
export const LocalizedTextSchema = z.strictObject({
  vi: nonBlank,
  en: nonBlank,
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** http(s) URL only: no javascript:, data: or relative links in content. */
export const HttpUrlSchema = z.string().check(
  z.refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, { message: 'must be an http(s) URL' }),
);

function isRealDate(y: number, m?: number, d?: number): boolean {
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A historical date as precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar day. */
export const PartialDateSchema = z.string().check(
  z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' }),
  z.refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number);
      return y !== undefined && y >= 1000 && y <= 2100 && isRealDate(y, m, d);
    },
    { message: 'is not a real calendar date' },
  ),
);

export const SourceSchema = z.strictObject({
  title: nonBlank,
  url: HttpUrlSchema,
});
export type Source = z.infer<typeof SourceSchema>;

export const SlugSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a lowercase slug (a-z, 0-9, hyphens)' }));

export { nonBlank as NonBlankStringSchema };
