/**
 * The spreadsheet layout of sites.geojson, as data: one entry per column (or per column of a repeated list item).
 *
 * Header names are the field paths of the content model without the leading "properties." — the same names
 * `npm run data:check` prints — so an editor can match an error to a column. Lists of objects (dates, sources,
 * images) get one group of columns per item, numbered from 1: `dates.1.date`, `dates.1.event.vi`, … Aliases (plain
 * names) share one cell, separated by " | ". The position is two columns, `latitude` and `longitude`.
 */

/** How a cell's text maps to a value. */
export type CellKind =
  /** Text as typed (trimmed). */
  | 'text'
  /** A whole number. */
  | 'int'
  /** true/false (also yes/no, có/không, 1/0). */
  | 'bool'
  /** A list of names joined by " | ". */
  | 'aliases'
  /** A partial date YYYY[-MM[-DD]] (also DD/MM/YYYY, MM/YYYY). */
  | 'date'
  /** Latitude or longitude in decimal degrees or DMS. */
  | 'lat'
  | 'lon';

export interface FieldSpec {
  /** Dotted path: from the feature root for fixed columns, from the list item for list columns. */
  path: string;
  kind: CellKind;
  /** An empty cell means the field is absent (instead of "", which the schema rejects as empty text). */
  optional?: boolean;
  /**
   * The optional object this field belongs to (dotted path, same base as `path`). When every cell of the group is
   * empty the object is absent; when any is filled the object is present and its empty cells count as "" — so a
   * half-filled translation is reported as missing, not silently dropped.
   */
  group?: string;
}

export interface FixedColumn extends FieldSpec {
  header: string;
  /**
   * Added after sheets were already in editors' hands: a sheet without this column reads as if every cell of it
   * were empty (export always writes it). Only for optional fields.
   */
  addedLater?: boolean;
}

export interface ListSpec {
  /** Property name under `properties` and the header prefix. */
  name: 'dates' | 'sources' | 'images';
  fields: readonly FieldSpec[];
}

const P = 'properties.';

function fixed(header: string, kind: CellKind = 'text', extra: Omit<FixedColumn, 'header' | 'path' | 'kind'> = {}): FixedColumn {
  const path = header === 'id' ? 'id' : header === 'latitude' || header === 'longitude' ? 'geometry' : P + header;
  const group = extra.group === undefined ? undefined : P + extra.group;
  return { header, path, kind, ...extra, ...(group === undefined ? {} : { group }) };
}

/** The columns with one value per site, in sheet order. */
export const FIXED_COLUMNS: readonly FixedColumn[] = [
  fixed('id'),
  fixed('name.vi'),
  fixed('name.en'),
  fixed('shortName.vi', 'text', { group: 'shortName' }),
  fixed('shortName.en', 'text', { group: 'shortName' }),
  fixed('aliases', 'aliases'),
  fixed('category'),
  fixed('redAddress', 'bool'),
  fixed('summary.vi'),
  fixed('summary.en'),
  fixed('place.district'),
  fixed('place.commune'),
  fixed('place.hamlet', 'text', { optional: true }),
  fixed('place.communeAfter2025'),
  fixed('place.communeAfter2025Confidence'),
  fixed('latitude', 'lat'),
  fixed('longitude', 'lon'),
  fixed('location.confidence'),
  fixed('location.note.vi'),
  fixed('location.note.en'),
  fixed('rank.level'),
  fixed('rank.decision', 'text', { optional: true }),
  fixed('rank.year', 'int', { optional: true }),
  fixed('rank.note.vi', 'text', { group: 'rank.note' }),
  fixed('rank.note.en', 'text', { group: 'rank.note' }),
  fixed('visit.minutes', 'int', { optional: true }),
  fixed('visit.opening.vi', 'text', { group: 'visit.opening' }),
  fixed('visit.opening.en', 'text', { group: 'visit.opening' }),
  fixed('visit.ticket.vi', 'text', { group: 'visit.ticket' }),
  fixed('visit.ticket.en', 'text', { group: 'visit.ticket' }),
  fixed('visit.operator', 'text', { optional: true }),
  // Added in 2026, after the columns editors already know (so their letters did not move):
  fixed('rank.atkComponent', 'bool', { optional: true, addedLater: true }),
  fixed('place.otherCommunesAfter2025', 'aliases', { addedLater: true }),
  fixed('location.origin.title', 'text', { group: 'location.origin', addedLater: true }),
  fixed('location.origin.url', 'text', { group: 'location.origin', addedLater: true }),
  fixed('visit.fromCity.vi', 'text', { group: 'visit.fromCity', addedLater: true }),
  fixed('visit.fromCity.en', 'text', { group: 'visit.fromCity', addedLater: true }),
  fixed('visit.fromHanoi.vi', 'text', { group: 'visit.fromHanoi', addedLater: true }),
  fixed('visit.fromHanoi.en', 'text', { group: 'visit.fromHanoi', addedLater: true }),
];

/** Repeated lists, after the fixed columns, in this order. */
export const LIST_SPECS: readonly ListSpec[] = [
  {
    name: 'dates',
    fields: [
      { path: 'date', kind: 'date' },
      { path: 'event.vi', kind: 'text' },
      { path: 'event.en', kind: 'text' },
    ],
  },
  {
    name: 'sources',
    fields: [
      { path: 'title', kind: 'text' },
      { path: 'url', kind: 'text' },
    ],
  },
  {
    name: 'images',
    fields: [
      { path: 'src', kind: 'text' },
      { path: 'alt.vi', kind: 'text' },
      { path: 'alt.en', kind: 'text' },
      { path: 'credit', kind: 'text' },
      { path: 'licence', kind: 'text' },
      { path: 'licenceUrl', kind: 'text', optional: true },
    ],
  },
];

/** Every top-level property of a site that the sheet carries (a test checks this against the schema). */
export const COVERED_PROPERTIES: readonly string[] = [
  ...new Set([
    ...FIXED_COLUMNS.filter((c) => c.path.startsWith(P)).map((c) => c.path.slice(P.length).split('.')[0] ?? ''),
    ...LIST_SPECS.map((l) => l.name),
  ]),
];

/** Separator of the aliases cell. An alias may not contain "|". */
export const ALIAS_SEPARATOR = ' | ';

/** A column of an actual sheet: a fixed column, or field `field` of item `index` (0-based) of list `list`. */
export type SheetColumn =
  | { type: 'fixed'; header: string; spec: FixedColumn }
  | { type: 'list'; header: string; list: ListSpec; index: number; spec: FieldSpec };

export function listHeader(list: ListSpec['name'], index: number, field: FieldSpec): string {
  return `${list}.${index + 1}.${field.path}`;
}

/** The columns of a sheet with `counts[list]` item slots per list. */
export function sheetColumns(counts: Readonly<Record<ListSpec['name'], number>>): SheetColumn[] {
  const cols: SheetColumn[] = FIXED_COLUMNS.map((spec) => ({ type: 'fixed', header: spec.header, spec }));
  for (const list of LIST_SPECS) {
    for (let index = 0; index < counts[list.name]; index++) {
      for (const spec of list.fields) cols.push({ type: 'list', header: listHeader(list.name, index, spec), list, index, spec });
    }
  }
  return cols;
}

/** Recognise a header: a fixed column, or `<list>.<n>.<field>` with n ≥ 1. */
export function columnForHeader(header: string): SheetColumn | undefined {
  const f = FIXED_COLUMNS.find((c) => c.header === header);
  if (f !== undefined) return { type: 'fixed', header, spec: f };
  const m = /^([a-zA-Z]+)\.(\d+)\.(.+)$/.exec(header);
  if (m === null) return undefined;
  const [, name, n, rest] = m;
  const list = LIST_SPECS.find((l) => l.name === name);
  const spec = list?.fields.find((x) => x.path === rest);
  const index = Number(n) - 1;
  if (list === undefined || spec === undefined || index < 0 || index > 998 || String(index + 1) !== n) return undefined;
  return { type: 'list', header, list, index, spec };
}

/** Spreadsheet column letter for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
