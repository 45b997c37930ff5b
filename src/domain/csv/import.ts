import Papa from 'papaparse';
import { PROVINCE_BBOX, SiteFeatureSchema, type SiteFeature } from '../schema/site.ts';
import {
  FIXED_COLUMNS,
  LIST_SPECS,
  columnForHeader,
  columnLetter,
  listHeader,
  type FieldSpec,
  type SheetColumn,
} from './columns.ts';
import { looksLikePair, parseCoordinatePair, parseCoordinateValue, type LatLon } from './coordinates.ts';
import { DEFUSED_FORMULA } from './formula.ts';
import { explainSchemaMessage, typed, type SheetError } from './messages.ts';
import { setPath, type JsonObject } from './paths.ts';

export type ImportResult = { ok: true; sites: SiteFeature[] } | { ok: false; errors: SheetError[] };

type Cell = { ok: true; value: unknown } | { ok: false; message: string };

// ---------------------------------------------------------------------------------------------------------------
// Decoding

/** Bytes → text. UTF-8 (with or without BOM) and UTF-16 ("Unicode text" from Excel) are accepted; nothing else. */
export function decodeSheet(input: Uint8Array | string): { ok: true; text: string } | { ok: false; error: SheetError } {
  if (typeof input === 'string') return { ok: true, text: input.replace(/^\uFEFF/, '') };
  if (input.length === 0) return { ok: false, error: { message: 'tệp trống / the file is empty' } };
  if (input[0] === 0xff && input[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(input.subarray(2)) };
  if (input[0] === 0xfe && input[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(input.subarray(2)) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input) };
  } catch {
    return {
      ok: false,
      error: {
        message:
          'tệp không phải UTF-8 (có lẽ được lưu bằng bảng mã Windows/ANSI); trong Excel hãy chọn "CSV UTF-8", trong LibreOffice chọn bộ ký tự "Unicode (UTF-8)" / ' +
          'the file is not UTF-8 (probably saved in a Windows/ANSI code page); save it as "CSV UTF-8" in Excel or with character set "Unicode (UTF-8)" in LibreOffice',
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

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

function parseCell(spec: FieldSpec, text: string): Cell {
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

// ---------------------------------------------------------------------------------------------------------------
// Header

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

interface Layout {
  /** Column of each cell position; undefined for an ignored empty column. */
  columns: (SheetColumn | undefined)[];
  byHeader: Map<string, number>;
}

function readHeader(headerRow: readonly string[], rows: readonly string[][]): { layout: Layout; errors: SheetError[] } {
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

// ---------------------------------------------------------------------------------------------------------------
// Rows

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

function inBox(lat: number, lon: number): boolean {
  return lon >= PROVINCE_BBOX.west && lon <= PROVINCE_BBOX.east && lat >= PROVINCE_BBOX.south && lat <= PROVINCE_BBOX.north;
}

type CellError = { header: string; message: string };

/** The position from the latitude and longitude cells; null when both are empty. */
function readPosition(latText: string, lonText: string): { ok: true; value: LatLon | null } | { ok: false; error: CellError } {
  if (latText === '' && lonText === '') return { ok: true, value: null };
  let pos: LatLon;
  if (lonText === '' || latText === '') {
    const header = latText === '' ? 'latitude' : 'longitude';
    const text = latText === '' ? lonText : latText;
    if (!looksLikePair(text)) {
      return { ok: false, error: { header, message: `thiếu ${header === 'latitude' ? 'vĩ độ' : 'kinh độ'} / ${header} is missing (hoặc ghi cả hai vào một ô / or type both in one cell: "21.8283, 105.5402")` } };
    }
    const pair = parseCoordinatePair(text);
    if (!pair.ok) return { ok: false, error: { header: latText === '' ? 'longitude' : 'latitude', message: pair.message } };
    pos = pair.value;
  } else {
    const lat = parseCoordinateValue(latText);
    if (!lat.ok) return { ok: false, error: { header: 'latitude', message: lat.message } };
    const lon = parseCoordinateValue(lonText);
    if (!lon.ok) return { ok: false, error: { header: 'longitude', message: lon.message } };
    if (lat.value.axis === 'lon' || lon.value.axis === 'lat') {
      return { ok: false, error: { header: 'latitude', message: `vĩ độ và kinh độ bị đảo chỗ (chữ E/W nằm ở cột latitude) / latitude and longitude are swapped (an E/W value is in the latitude column)` } };
    }
    pos = { lat: lat.value.value, lon: lon.value.value };
  }
  if (!inBox(pos.lat, pos.lon) && inBox(pos.lon, pos.lat)) {
    return {
      ok: false,
      error: {
        header: 'latitude',
        message: `vĩ độ và kinh độ bị đảo chỗ: ${pos.lat}, ${pos.lon} nằm ngoài tỉnh, còn ${pos.lon}, ${pos.lat} thì ở trong / latitude and longitude look swapped: ${pos.lat}, ${pos.lon} is outside the province but ${pos.lon}, ${pos.lat} is inside`,
      },
    };
  }
  const lostPoint = (n: number): string =>
    Number.isInteger(n) && Math.abs(n) >= 1000
      ? ' — có vẻ bảng tính đã bỏ dấu chấm thập phân (vd. 105.525 → 105525); hãy mở CSV với các cột kiểu Văn bản / the spreadsheet seems to have dropped the decimal point (e.g. 105.525 → 105525); open the CSV with all columns as Text'
      : '';
  if (Math.abs(pos.lat) > 90) return { ok: false, error: { header: 'latitude', message: `vĩ độ phải từ -90 đến 90 / latitude must be between -90 and 90: ${pos.lat}${lostPoint(pos.lat)}` } };
  if (Math.abs(pos.lon) > 180) return { ok: false, error: { header: 'longitude', message: `kinh độ phải từ -180 đến 180 / longitude must be between -180 and 180: ${pos.lon}${lostPoint(pos.lon)}` } };
  return { ok: true, value: pos };
}

function readRow(
  cells: readonly string[],
  layout: Layout,
): { feature: unknown; errors: CellError[]; slots: Map<string, number> } {
  const errors: CellError[] = [];
  /** Written item position → sheet slot index, per list ("dates.0" → 2 when slots 1–2 are empty). */
  const slots = new Map<string, number>();
  const text = (header: string): string => {
    const i = layout.byHeader.get(header);
    return i === undefined ? '' : cleanCell(cells[i] ?? '');
  };
  const feature: JsonObject = { type: 'Feature' };
  const props: JsonObject = { aliases: [], dates: [], sources: [], images: [], visit: {} };
  feature['id'] = text('id');
  feature['geometry'] = null;
  feature['properties'] = props;

  const pos = readPosition(text('latitude'), text('longitude'));
  if (!pos.ok) errors.push(pos.error);
  else if (pos.value !== null) feature['geometry'] = { type: 'Point', coordinates: [pos.value.lon, pos.value.lat] };

  /** Put one cell's value at `path` of `target`, honouring optional fields and optional groups. */
  const place = (target: JsonObject, path: string, spec: FieldSpec, header: string, groupFilled: boolean): void => {
    const t = text(header);
    if (t === '') {
      if (spec.optional === true || spec.kind === 'aliases') return; // absent
      if (spec.group !== undefined) {
        if (groupFilled) setPath(target, path, ''); // half-filled group: the schema names the missing half
        return;
      }
      if (spec.kind === 'text') setPath(target, path, ''); // required text: the schema says what is missing
      else errors.push({ header, message: 'không được để trống / must not be empty' });
      return;
    }
    const v = parseCell(spec, t);
    if (v.ok) setPath(target, path, v.value);
    else errors.push({ header, message: v.message });
  };

  const groupFilled = (group: string | undefined): boolean =>
    group !== undefined && FIXED_COLUMNS.some((c) => c.group === group && text(c.header) !== '');
  for (const c of FIXED_COLUMNS) {
    if (c.header === 'id' || c.kind === 'lat' || c.kind === 'lon') continue;
    place(feature, c.path, c, c.header, groupFilled(c.group));
  }

  for (const list of LIST_SPECS) {
    const indices = new Set<number>();
    for (const col of layout.columns) if (col?.type === 'list' && col.list.name === list.name) indices.add(col.index);
    const items: JsonObject[] = [];
    for (const index of [...indices].sort((a, b) => a - b)) {
      const headers = list.fields.map((f) => listHeader(list.name, index, f));
      if (headers.every((h) => text(h) === '')) continue; // an empty slot: no item
      const item: JsonObject = {};
      list.fields.forEach((f, k) => place(item, f.path, f, headers[k] ?? '', true));
      slots.set(`${list.name}.${items.length}`, index);
      items.push(item);
    }
    props[list.name] = items;
  }
  return { feature, errors, slots };
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

// ---------------------------------------------------------------------------------------------------------------
// Sheet

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

/**
 * Read a sheet into sites, validating every row with the content schema (SiteFeatureSchema). Returns every error
 * found (never only the first); `sites` only when the whole sheet is valid. Pure: the caller reads and writes files.
 */
export function csvToSites(input: Uint8Array | string): ImportResult {
  const decoded = decodeSheet(input);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, errors: [{ message: 'tệp trống / the file is empty' }] };

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
  const [headerRow, ...rows] = parsed.data;
  if (headerRow === undefined) return { ok: false, errors: [{ message: 'tệp trống / the file is empty' }] };
  const { layout, errors: headerErrors } = readHeader(headerRow, rows);
  errors.push(...headerErrors);
  if (headerErrors.length > 0) return { ok: false, errors };

  const letterOf = (header: string): string | undefined => {
    const i = layout.byHeader.get(header);
    return i === undefined ? undefined : columnLetter(i);
  };
  const at = (row: number, header: string, message: string): SheetError => {
    const letter = letterOf(header);
    return { row, column: header, ...(letter === undefined ? {} : { letter }), message };
  };

  const sites: SiteFeature[] = [];
  const idRows = new Map<string, number>();
  rows.forEach((cells, r) => {
    const row = r + 2; // the header is row 1
    if (cells.every((c) => cleanCell(c) === '')) return; // blank line or an empty row left by the spreadsheet
    if (cells.length < headerRow.length) {
      errors.push({ row, message: `hàng có ${cells.length} ô nhưng tiêu đề có ${headerRow.length} cột / the row has ${cells.length} cells but the header has ${headerRow.length} columns` });
      return;
    }
    if (cells.slice(headerRow.length).some((c) => cleanCell(c) !== '')) {
      errors.push({ row, message: `hàng có ${cells.length} ô nhưng tiêu đề chỉ có ${headerRow.length} cột / the row has ${cells.length} cells but the header has only ${headerRow.length} columns` });
      return;
    }
    const rowErrors: SheetError[] = [];
    const { feature, errors: cellErrors, slots } = readRow(cells, layout);
    const flagged = new Set<string>();
    for (const e of cellErrors) {
      rowErrors.push(at(row, e.header, e.message));
      flagged.add(e.header);
    }
    const result = SiteFeatureSchema.safeParse(feature);
    if (result.success) sites.push(result.data);
    else {
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
        rowErrors.push(header === undefined ? { row, message: `${key}: ${message}` } : at(row, header, message));
        if (header !== undefined) flagged.add(header);
      }
    }
    const id = cleanCell(cells[layout.byHeader.get('id') ?? -1] ?? '');
    if (id !== '') {
      const first = idRows.get(id);
      if (first !== undefined) rowErrors.push(at(row, 'id', `id bị trùng với hàng ${first} / duplicate id, already used in row ${first}: ${typed(id)}`));
      else idRows.set(id, row);
    }
    // In sheet order (left to right), as the editor will walk the row.
    const position = (e: SheetError): number => (e.column === undefined ? -1 : (layout.byHeader.get(e.column) ?? -1));
    errors.push(...rowErrors.sort((x, y) => position(x) - position(y)));
  });
  if (errors.length === 0 && sites.length === 0) errors.push({ message: 'bảng không có địa điểm nào / the sheet has no sites' });
  // Top to bottom (stable: within a row, left to right as already ordered); file-level problems first.
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, sites };
}
