import { SiteFeatureSchema, type SiteFeature } from '../schema/site.ts';
import { LIST_SPECS, columnLetter } from './columns.ts';
import { cleanCell } from './import-cells.ts';
import type { readRow } from './import-fields.ts';
import type { Layout } from './import-header.ts';
import { explainSchemaMessage, typed, type SheetError } from './messages.ts';

/** Where an issue of the schema points in the sheet: zod path → header key ("dates.1.event.en", "latitude"). */
export function headerKeyForPath(path: ReadonlyArray<PropertyKey>): string {
  if (path[0] === 'geometry') return 'latitude';
  const rest = path[0] === 'properties' ? path.slice(1) : path;
  const out: string[] = [];
  rest.forEach((k, i) => {
    const isListIndex = typeof k === 'number' && i === 1 && LIST_SPECS.some((l) => l.name === rest[0]);
    out.push(isListIndex ? String(k + 1) : String(k));
  });
  return out.join('.');
}

/**
 * A schema path names the item as written ("dates.2"); the editor sees the sheet slot, which differs when an
 * earlier slot was left empty. Map the written position back to the slot's header.
 */
function slotHeaderKey(key: string, slots: ReadonlyMap<string, number>): string {
  const m = /^(dates|sources|images)\.(\d+)(\..*)?$/.exec(key);
  if (m === null || m[1] === undefined || m[2] === undefined) return key;
  const slot = slots.get(`${m[1]}.${Number(m[2]) - 1}`);
  return slot === undefined ? key : `${m[1]}.${slot + 1}${m[3] ?? ''}`;
}

/** An error at a row and a column (by its header), with the column's letter when the sheet has it. */
export function errorAt(layout: Layout, row: number, header: string, message: string): SheetError {
  const i = layout.byHeader.get(header);
  return { row, column: header, ...(i === undefined ? {} : { letter: columnLetter(i) }), message };
}

/**
 * One row, mapped to a site's fields, through the content schema (SiteFeatureSchema): the site, and every problem
 * of the row, one message per cell, in the editor's terms (the sheet's slot, what the cell says).
 */
export function validateRow(
  row: number,
  cells: readonly string[],
  mapped: ReturnType<typeof readRow>,
  layout: Layout,
): { site: SiteFeature | null; errors: SheetError[] } {
  const at = (header: string, message: string): SheetError => errorAt(layout, row, header, message);
  const rowErrors: SheetError[] = [];
  const { feature, errors: cellErrors, slots } = mapped;
  const flagged = new Set<string>();
  for (const e of cellErrors) {
    rowErrors.push(at(e.header, e.message));
    flagged.add(e.header);
  }
  const result = SiteFeatureSchema.safeParse(feature);
  if (result.success) return { site: result.data, errors: rowErrors };
  const positionFailed = flagged.has('latitude') || flagged.has('longitude');
  const cellAt = (h: string | undefined): string =>
    h === undefined ? '' : cleanCell(cells[layout.byHeader.get(h) ?? -1] ?? '');
  for (const issue of result.error.issues) {
    // An unreadable position leaves geometry null; the "needs confidence none" rule would only repeat it.
    if (positionFailed && issue.message.startsWith('a site without geometry')) continue;
    const key = slotHeaderKey(headerKeyForPath(issue.path), slots);
    const header = layout.byHeader.has(key) ? key : [...layout.byHeader.keys()].find((h) => h.startsWith(`${key}.`));
    if (header !== undefined && flagged.has(header)) continue; // one message per cell
    if (key === 'latitude' && positionFailed) continue;
    const lang = /\.(vi|en)$/.exec(key)?.[1];
    const other = lang === undefined ? undefined : key.replace(/(vi|en)$/, lang === 'vi' ? 'en' : 'vi');
    const cellText = cellAt(header);
    let message = explainSchemaMessage(issue.message, {
      ...(lang === 'vi' || lang === 'en' ? { lang } : {}),
      otherFilled: cellAt(other) !== '',
    });
    if (cellText === '' && issue.code === 'invalid_value') message = `không được để trống / must not be empty (${issue.message})`;
    if (key === 'latitude') message += `: ${typed(cellAt('latitude'))}, ${typed(cellAt('longitude'))}`;
    else if (cellText !== '' && !issue.message.includes(JSON.stringify(cellText))) message += `: ${typed(cellText)}`;
    rowErrors.push(header === undefined ? { row, message: `${key}: ${message}` } : at(header, message));
    if (header !== undefined) flagged.add(header);
  }
  return { site: null, errors: rowErrors };
}
