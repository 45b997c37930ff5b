import type { FieldSpec } from './columns.ts';
import { DEFUSED_FORMULA } from './formula.ts';
import { typed } from './messages.ts';

/** One cell's value as the schema wants it, or why it cannot be read. */
export type Cell = { ok: true; value: unknown } | { ok: false; message: string };

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'có', 'co', '1', 'x', 'đúng']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'không', 'khong', '0', 'sai']);

/**
 * Clean a cell: take off the apostrophe that defused a formula-like cell, trim, Unicode NFC (macOS and some
 * keyboards type decomposed diacritics), LF line breaks.
 */
export function cleanCell(raw: string): string {
  return raw.replace(DEFUSED_FORMULA, '').replace(/\r\n?/g, '\n').normalize('NFC').trim();
}

/** DD/MM/YYYY → YYYY-MM-DD and MM/YYYY → YYYY-MM (Vietnamese day-first order); anything else is left to the schema. */
export function normaliseDate(text: string): string {
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (dmy?.[1] !== undefined && dmy[2] !== undefined && dmy[3] !== undefined) {
    return `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  }
  const my = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (my?.[1] !== undefined && my[2] !== undefined) return `${my[2]}-${my[1].padStart(2, '0')}`;
  return text;
}

/** A cell's text as the value its column's kind calls for: whole number, true/false, aliases, date, text. */
export function parseCell(spec: FieldSpec, text: string): Cell {
  switch (spec.kind) {
    case 'int':
      return /^-?\d+$/.test(text)
        ? { ok: true, value: Number(text) }
        : { ok: false, message: `phải là số nguyên / must be a whole number: ${typed(text)}` };
    case 'bool': {
      const t = text.toLowerCase();
      if (TRUE_WORDS.has(t)) return { ok: true, value: true };
      if (FALSE_WORDS.has(t)) return { ok: true, value: false };
      return { ok: false, message: `phải là true hoặc false / must be true or false: ${typed(text)}` };
    }
    case 'aliases':
      return {
        ok: true,
        value: text
          .split('|')
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      };
    case 'date':
      return { ok: true, value: normaliseDate(text) };
    default:
      return { ok: true, value: text };
  }
}
