import Papa from 'papaparse';
import type { SheetError } from './messages.ts';

/**
 * The separator, read from the header line: "," normally; ";" from a spreadsheet set to a European locale;
 * tab from "Unicode text". (Papa's own guess is misled by commas and semicolons inside long text cells.)
 */
export function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string): number => firstLine.split(ch).length - 1;
  const candidates = [',', ';', '\t'].map((d) => ({ d, n: count(d) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0] !== undefined && candidates[0].n > 0 ? candidates[0].d : ',';
}

/** The sheet's text as rows of raw cells (the header row first), with the CSV format errors found on the way. */
export function parseRows(text: string): { rows: string[][]; errors: SheetError[] } {
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const errors: SheetError[] = [];
  for (const e of parsed.errors) {
    if (e.type === 'Delimiter') continue;
    const vi =
      e.code === 'MissingQuotes'
        ? 'một ô mở dấu ngoặc kép (") nhưng không đóng'
        : e.code === 'InvalidQuotes'
          ? 'dấu ngoặc kép (") đặt sai chỗ'
          : 'lỗi định dạng CSV';
    errors.push({ ...(e.row !== undefined ? { row: e.row + 1 } : {}), message: `${vi} / CSV format error: ${e.message}` });
  }
  return { rows: parsed.data, errors };
}

/** A row with fewer cells than the header has columns, or with text past the last column. */
export function rowLengthError(row: number, cells: readonly string[], columns: number, clean: (raw: string) => string): SheetError | null {
  if (cells.length < columns) {
    return { row, message: `hàng có ${cells.length} ô nhưng tiêu đề có ${columns} cột / the row has ${cells.length} cells but the header has ${columns} columns` };
  }
  if (cells.slice(columns).some((c) => clean(c) !== '')) {
    return { row, message: `hàng có ${cells.length} ô nhưng tiêu đề chỉ có ${columns} cột / the row has ${cells.length} cells but the header has only ${columns} columns` };
  }
  return null;
}
