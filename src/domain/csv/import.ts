import { cleanCell } from './import-cells.ts';
import { decodeSheet } from './import-decode.ts';
import { readRow } from './import-fields.ts';
import { readHeader } from './import-header.ts';
import { mergeRows, type ImportResult, type RowResult } from './import-merge.ts';
import { parseRows, rowLengthError } from './import-rows.ts';
import { validateRow } from './import-validate.ts';

/*
 * A sheet in, sites out, by stage, each in its own file: decode the bytes (import-decode), parse rows
 * (import-rows), read the header (import-header), map each row's cells to a site's fields (import-fields, with
 * import-cells and import-position), validate each row with the content schema (import-validate), merge the
 * rows into one result (import-merge).
 */
export type { ImportResult } from './import-merge.ts';
export { decodeSheet } from './import-decode.ts';
export { cleanCell, normaliseDate } from './import-cells.ts';
export { guessDelimiter } from './import-rows.ts';
export { headerKeyForPath } from './import-validate.ts';

/**
 * Read a sheet into sites, validating every row with the content schema (SiteFeatureSchema). Returns every error
 * found (never only the first); `sites` only when the whole sheet is valid. Pure: the caller reads and writes files.
 */
export function csvToSites(input: Uint8Array | string): ImportResult {
  const decoded = decodeSheet(input);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, errors: [{ message: 'tệp trống / the file is empty' }] };

  const { rows: [headerRow, ...rows], errors } = parseRows(text);
  if (headerRow === undefined) return { ok: false, errors: [{ message: 'tệp trống / the file is empty' }] };
  const { layout, errors: headerErrors } = readHeader(headerRow, rows);
  if (headerErrors.length > 0) return { ok: false, errors: [...errors, ...headerErrors] };

  const results: RowResult[] = [];
  rows.forEach((cells, r) => {
    const row = r + 2; // the header is row 1
    if (cells.every((c) => cleanCell(c) === '')) return; // blank line or an empty row left by the spreadsheet
    const shape = rowLengthError(row, cells, headerRow.length, cleanCell);
    if (shape !== null) {
      results.push({ row, id: '', site: null, errors: [shape] });
      return;
    }
    const id = cleanCell(cells[layout.byHeader.get('id') ?? -1] ?? '');
    results.push({ row, id, ...validateRow(row, cells, readRow(cells, layout), layout) });
  });
  return mergeRows(errors, results, layout);
}
