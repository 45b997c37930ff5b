import { FIXED_COLUMNS, LIST_SPECS, listHeader, type FieldSpec } from './columns.ts';
import { cleanCell, parseCell } from './import-cells.ts';
import type { Layout } from './import-header.ts';
import { readPosition, type CellError } from './import-position.ts';
import { setPath, type JsonObject } from './paths.ts';

/**
 * One row's cells mapped to the fields of a site (a GeoJSON Feature, not yet validated): each cell's value at its
 * path, the cells that cannot be read, and the sheet slot each written list item came from.
 */
export function readRow(
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
