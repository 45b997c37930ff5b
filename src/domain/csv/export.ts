import Papa from 'papaparse';
import type { SiteFeature } from '../schema/site.ts';
import { ALIAS_SEPARATOR, LIST_SPECS, sheetColumns, type ListSpec, type SheetColumn } from './columns.ts';
import { formatCoordinate } from './coordinates.ts';
import { FORMULA_START } from './formula.ts';
import { csvToSites } from './import.ts';
import { formatSheetError } from './messages.ts';
import { firstDifference, getPath } from './paths.ts';

export const UTF8_BOM = '\uFEFF';

/** Empty item slots added after the longest list, so an editor can add a date or source without new headers. */
export const SPARE_SLOTS = 1;

function cellText(col: SheetColumn, site: SiteFeature): string {
  const spec = col.spec;
  if (spec.kind === 'lat' || spec.kind === 'lon') {
    if (site.geometry === null) return '';
    const [lon, lat] = site.geometry.coordinates;
    return formatCoordinate(spec.kind === 'lat' ? lat : lon);
  }
  let value: unknown;
  if (col.type === 'fixed') value = getPath(site, spec.path);
  else {
    const items: unknown = site.properties[col.list.name];
    value = Array.isArray(items) ? getPath(items[col.index], spec.path) : undefined;
  }
  if (value === undefined || value === null) return '';
  switch (spec.kind) {
    case 'aliases':
      return Array.isArray(value) ? value.map(String).join(ALIAS_SEPARATOR) : String(value);
    case 'bool':
      return value === true ? 'true' : value === false ? 'false' : String(value);
    default:
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
  }
}

/** Item slots per list: the longest list in the data plus spare empty slots. */
export function listSlots(sites: readonly SiteFeature[], spare = SPARE_SLOTS): Record<ListSpec['name'], number> {
  const counts = { dates: 0, sources: 0, images: 0 };
  for (const list of LIST_SPECS) {
    counts[list.name] = Math.max(0, ...sites.map((s) => s.properties[list.name].length)) + spare;
  }
  return counts;
}

/** The sheet as rows of cells, header first. */
export function sitesToRows(sites: readonly SiteFeature[], spare = SPARE_SLOTS): string[][] {
  const cols = sheetColumns(listSlots(sites, spare));
  return [cols.map((c) => c.header), ...sites.map((site) => cols.map((c) => cellText(c, site)))];
}

/**
 * The CSV text of a sheet, for Excel and LibreOffice: UTF-8 byte-order mark (so Excel reads the diacritics),
 * comma separated, CRLF line ends, RFC 4180 quoting ("…" around cells with commas, quotes or line breaks), and
 * formula-like cells defused with a leading apostrophe.
 */
export function sitesToCsv(sites: readonly SiteFeature[], spare = SPARE_SLOTS): string {
  return UTF8_BOM + Papa.unparse(sitesToRows(sites, spare), { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START }) + '\r\n';
}

export interface ExportCheck {
  csv: string;
  /** Values the sheet cannot carry exactly (e.g. an alias containing "|"); empty when the round trip is lossless. */
  problems: string[];
}

/**
 * Export and prove it: read the sheet back with the importer and compare with the input, site by site.
 * The caller should refuse to write a sheet with problems, since importing it would change the data.
 */
export function sitesToCsvChecked(sites: readonly SiteFeature[], spare = SPARE_SLOTS): ExportCheck {
  const csv = sitesToCsv(sites, spare);
  const problems: string[] = [];
  for (const site of sites) {
    for (const alias of site.properties.aliases) {
      if (alias.includes('|')) problems.push(`${site.id}: properties.aliases: an alias may not contain "|" (the sheet's list separator): ${JSON.stringify(alias)}`);
    }
  }
  const back = csvToSites(csv);
  if (!back.ok) {
    problems.push(...back.errors.map((e) => `the exported sheet does not read back: ${formatSheetError(e)}`));
    return { csv, problems };
  }
  sites.forEach((site, i) => {
    const d = firstDifference(site, back.sites[i]);
    if (d !== undefined) {
      const before = JSON.stringify(getPath(site, d));
      const after = JSON.stringify(getPath(back.sites[i], d));
      problems.push(`${site.id}: ${d}: changes in the spreadsheet round trip (${before ?? 'absent'} → ${after ?? 'absent'})`);
    }
  });
  if (back.sites.length !== sites.length) problems.push(`the sheet reads back ${back.sites.length} sites instead of ${sites.length}`);
  return { csv, problems };
}
