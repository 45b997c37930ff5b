import { FIXED_COLUMNS, LIST_SPECS, columnForHeader, columnLetter, listHeader, type SheetColumn } from './columns.ts';
import { cleanCell } from './import-cells.ts';
import type { SheetError } from './messages.ts';

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0] ?? 0;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j] ?? 0;
      d[j] = Math.min((d[j] ?? 0) + 1, (d[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length] ?? 0;
}

function suggestion(header: string): string {
  const candidates = [
    ...FIXED_COLUMNS.map((c) => c.header),
    ...LIST_SPECS.flatMap((l) => l.fields.map((f) => listHeader(l.name, 0, f))),
  ];
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(header.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(header.length / 4)) ? ` — có phải / did you mean "${best}"?` : '';
}

/** Where each column of the sheet goes. */
export interface Layout {
  /** Column of each cell position; undefined for an ignored empty column. */
  columns: (SheetColumn | undefined)[];
  byHeader: Map<string, number>;
}

/** The header row: each column's place in a site, or every problem with it (unknown, duplicate, missing). */
export function readHeader(headerRow: readonly string[], rows: readonly string[][]): { layout: Layout; errors: SheetError[] } {
  const errors: SheetError[] = [];
  const columns: (SheetColumn | undefined)[] = [];
  const byHeader = new Map<string, number>();
  headerRow.forEach((raw, i) => {
    const header = cleanCell(raw);
    const letter = columnLetter(i);
    if (header === '') {
      const used = rows.some((r) => cleanCell(r[i] ?? '') !== '');
      if (used) errors.push({ row: 1, letter, column: '', message: 'cột có dữ liệu nhưng không có tiêu đề / a column with data has no header' });
      columns.push(undefined);
      return;
    }
    if (header.startsWith('#')) {
      columns.push(undefined); // the editor's own column (notes, status, who checked it): never imported
      return;
    }
    const col = columnForHeader(header);
    if (col === undefined) {
      errors.push({
        row: 1,
        column: header,
        letter,
        message: `cột không có trong mẫu / unknown column${suggestion(header)} (cột ghi chú riêng thì đặt tên bắt đầu bằng # / start your own note columns with #)`,
      });
      columns.push(undefined);
      return;
    }
    const first = byHeader.get(header);
    if (first !== undefined) {
      errors.push({ row: 1, column: header, letter, message: `cột bị lặp, đã có ở cột / duplicate column, already in column ${columnLetter(first)}` });
      columns.push(undefined);
      return;
    }
    byHeader.set(header, i);
    columns.push(col);
  });
  for (const c of FIXED_COLUMNS) {
    if (!byHeader.has(c.header) && c.addedLater !== true) errors.push({ row: 1, column: c.header, message: 'thiếu cột / missing column' });
  }
  // Every item slot present must be complete, so no field of an item is silently dropped.
  for (const list of LIST_SPECS) {
    const slots = new Set<number>();
    for (const c of columns) if (c?.type === 'list' && c.list.name === list.name) slots.add(c.index);
    for (const index of [...slots].sort((a, b) => a - b)) {
      for (const f of list.fields) {
        const h = listHeader(list.name, index, f);
        if (!byHeader.has(h)) errors.push({ row: 1, column: h, message: 'thiếu cột / missing column' });
      }
    }
  }
  return { layout: { columns, byHeader }, errors };
}
