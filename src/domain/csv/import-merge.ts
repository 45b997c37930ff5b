import type { SiteFeature } from '../schema/site.ts';
import type { Layout } from './import-header.ts';
import { errorAt } from './import-validate.ts';
import { typed, type SheetError } from './messages.ts';

export type ImportResult = { ok: true; sites: SiteFeature[] } | { ok: false; errors: SheetError[] };

/** What one row of the sheet gave: its site when valid, its id cell, its problems. */
export interface RowResult {
  row: number;
  id: string;
  site: SiteFeature | null;
  errors: SheetError[];
}

/**
 * The rows into the sheet's result: an id used twice is an error at its second row; each row's errors in sheet
 * order (left to right, as the editor walks the row), the rows top to bottom after the file's own problems; the
 * sites only when nothing at all is wrong.
 */
export function mergeRows(fileErrors: readonly SheetError[], rows: readonly RowResult[], layout: Layout): ImportResult {
  const errors: SheetError[] = [...fileErrors];
  const sites: SiteFeature[] = [];
  const idRows = new Map<string, number>();
  const position = (e: SheetError): number => (e.column === undefined ? -1 : (layout.byHeader.get(e.column) ?? -1));
  for (const { row, id, site, errors: found } of rows) {
    if (site !== null) sites.push(site);
    const rowErrors = [...found];
    if (id !== '') {
      const first = idRows.get(id);
      if (first !== undefined) rowErrors.push(errorAt(layout, row, 'id', `id bị trùng với hàng ${first} / duplicate id, already used in row ${first}: ${typed(id)}`));
      else idRows.set(id, row);
    }
    errors.push(...rowErrors.sort((x, y) => position(x) - position(y)));
  }
  if (errors.length === 0 && sites.length === 0) errors.push({ message: 'bảng không có địa điểm nào / the sheet has no sites' });
  // Top to bottom (stable: within a row, left to right as already ordered); file-level problems first.
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, sites };
}
