import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sitesToRows, sitesToCsv } from '../../../src/domain/csv/export.ts';
import { csvToSites, guessDelimiter, normaliseDate } from '../../../src/domain/csv/import.ts';
import { formatSheetError } from '../../../src/domain/csv/messages.ts';
import { SiteFeatureSchema, type SiteFeature } from '../../../src/domain/schema/site.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/csv');
const BAD = join(FIXTURES, 'bad');

function fixtureSites(): SiteFeature[] {
  const raw = JSON.parse(readFileSync(join(FIXTURES, 'sites.geojson'), 'utf8')) as { features: unknown[] };
  return raw.features.map((f) => SiteFeatureSchema.parse(f));
}

function importBytes(bytes: Uint8Array | string): SiteFeature[] {
  const r = csvToSites(bytes);
  if (!r.ok) throw new Error(r.errors.map(formatSheetError).join('\n'));
  return r.sites;
}

function errorsOf(bytes: Uint8Array | string): string[] {
  const r = csvToSites(bytes);
  if (r.ok) throw new Error('expected the sheet to be rejected');
  return r.errors.map(formatSheetError);
}

/** The fixture sheet as rows, edited, back to CSV text (as a spreadsheet would save it). */
function editedSheet(edit: (rows: string[][], col: (header: string) => number) => void, opts: { delimiter?: string } = {}): string {
  const rows = sitesToRows(fixtureSites()).map((r) => [...r]);
  const header = rows[0] ?? [];
  edit(rows, (h) => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${h}`);
    return i;
  });
  return Papa.unparse(rows, { newline: '\r\n', delimiter: opts.delimiter ?? ',' });
}

function set(rows: string[][], row: number, col: number, value: string): void {
  const r = rows[row];
  if (r === undefined) throw new Error(`no row ${row}`);
  r[col] = value;
}

describe('csvToSites: sheets as editors save them', () => {
  it('reads the exported fixture sheet back to the same sites', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'sites.csv')));
    expect(importBytes(bytes)).toEqual(fixtureSites());
  });

  it('keeps a site without a position (empty latitude/longitude, confidence none)', () => {
    const sites = importBytes(sitesToCsv(fixtureSites()));
    const tnxp = sites.find((s) => s.id === 'tnxp-dau-tien');
    expect(tnxp?.geometry).toBeNull();
    expect(tnxp?.properties.location.confidence).toBe('none');
  });

  it('accepts "lat, lon" typed in the latitude cell, and DMS in each cell', () => {
    const text = editedSheet((rows, col) => {
      set(rows, 1, col('latitude'), '21.8283, 105.5402');
      set(rows, 1, col('longitude'), '');
      set(rows, 2, col('latitude'), `21°34'26.7"N`);
      set(rows, 2, col('longitude'), `105°50'56.8"E`);
    });
    const [atk, s915] = importBytes(text);
    expect(atk?.geometry?.coordinates).toEqual([105.5402, 21.8283]);
    expect(s915?.geometry?.coordinates).toEqual([
      Math.round((105 + 50 / 60 + 56.8 / 3600) * 1e6) / 1e6,
      Math.round((21 + 34 / 60 + 26.7 / 3600) * 1e6) / 1e6,
    ]);
  });

  it('accepts a DMS pair pasted into the longitude cell', () => {
    const text = editedSheet((rows, col) => {
      set(rows, 1, col('latitude'), '');
      set(rows, 1, col('longitude'), `21°49'42"N 105°32'24"E`);
    });
    expect(importBytes(text)[0]?.geometry?.coordinates).toEqual([105.54, 21.828333]);
  });

  it('accepts day-first dates, spreadsheet booleans, stray spaces and decomposed diacritics', () => {
    const text = editedSheet((rows, col) => {
      set(rows, 1, col('dates.2.date'), '10/5/2012');
      set(rows, 1, col('dates.1.date'), '05/1947');
      set(rows, 1, col('redAddress'), 'TRUE');
      set(rows, 2, col('redAddress'), 'có');
      set(rows, 1, col('name.vi'), '  Khu di tích lịch sử ATK Định Hóa '.normalize('NFD'));
      set(rows, 1, col('aliases'), 'ATK|  An toàn khu Định Hóa  | ');
    });
    const [atk, s915] = importBytes(text);
    const [fixAtk] = fixtureSites();
    expect(atk).toEqual(fixAtk);
    expect(atk?.properties.dates.map((d) => d.date)).toEqual(['1947-05', '2012-05-10']);
    expect(s915?.properties.redAddress).toBe(true);
  });

  it('reads semicolon-separated sheets, with or without BOM, and skips empty rows', () => {
    const semicolon = `${editedSheet(() => undefined, { delimiter: ';' })}\r\n;;;\r\n\r\n`;
    expect(guessDelimiter(semicolon)).toBe(';');
    expect(importBytes(new TextEncoder().encode(semicolon))).toEqual(fixtureSites());
  });

  it('reads UTF-16 "Unicode text" (tab separated) from Excel', () => {
    const text = editedSheet(() => undefined, { delimiter: '\t' });
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[2 + 2 * i] = c & 0xff;
      bytes[3 + 2 * i] = c >> 8;
    }
    expect(importBytes(bytes)).toEqual(fixtureSites());
  });

  it('accepts columns in any order, and closes up an empty list slot', () => {
    const text = editedSheet((rows, col) => {
      // Move sources.1 of the 915 site to sources.2 (the editor cleared the first slot and typed in the second).
      set(rows, 2, col('sources.2.title'), rows[2]?.[col('sources.1.title')] ?? '');
      set(rows, 2, col('sources.2.url'), rows[2]?.[col('sources.1.url')] ?? '');
      set(rows, 2, col('sources.1.title'), '');
      set(rows, 2, col('sources.1.url'), '');
      for (const r of rows) r.reverse();
    });
    expect(importBytes(text)).toEqual(fixtureSites());
  });

  it('ignores the editor\'s own columns whose header starts with #', () => {
    const text = editedSheet((rows) => {
      rows.forEach((r, i) => r.splice(3, 0, i === 0 ? '# ghi chú' : `đã kiểm tra ${i}`));
    });
    expect(importBytes(text)).toEqual(fixtureSites());
  });

  it('points an error in a later slot at the slot the editor typed in', () => {
    const text = editedSheet((rows, col) => {
      set(rows, 2, col('sources.2.title'), 'Báo Thái Nguyên');
      set(rows, 2, col('sources.2.url'), 'baothainguyen.vn');
      set(rows, 2, col('sources.1.title'), '');
      set(rows, 2, col('sources.1.url'), '');
    });
    expect(errorsOf(text)).toEqual([
      'Hàng 3 / Row 3, cột / column "sources.2.url" (AZ): phải là địa chỉ web bắt đầu bằng http:// hoặc https:// / must be an http(s) URL: "baothainguyen.vn"',
    ]);
  });

  it('reports every error of every row, not only the first', () => {
    const text = editedSheet((rows, col) => {
      set(rows, 1, col('category'), 'den');
      set(rows, 1, col('summary.vi'), '');
      set(rows, 2, col('location.confidence'), 'chắc chắn');
      set(rows, 3, col('visit.minutes'), '0');
    });
    const errors = errorsOf(text);
    expect(errors).toHaveLength(4);
    expect(errors.map((e) => e.slice(0, e.indexOf(':')))).toEqual([
      'Hàng 2 / Row 2, cột / column "category" (G)',
      'Hàng 2 / Row 2, cột / column "summary.vi" (I)',
      'Hàng 3 / Row 3, cột / column "location.confidence" (R)',
      'Hàng 4 / Row 4, cột / column "visit.minutes" (Z)',
    ]);
    expect(errors[1]).toContain('thiếu bản tiếng Việt / missing Vietnamese translation');
  });
});

describe('normaliseDate', () => {
  it('turns day-first dates into ISO and leaves the rest to the schema', () => {
    expect(normaliseDate('19/12/1946')).toBe('1946-12-19');
    expect(normaliseDate('2.9.1945')).toBe('1945-09-02');
    expect(normaliseDate('7/1950')).toBe('1950-07');
    expect(normaliseDate('1950')).toBe('1950');
    expect(normaliseDate('tháng 7')).toBe('tháng 7');
  });
});

/** Each broken sheet under tests/fixtures/csv/bad/ and the exact messages an editor sees. */
const EXPECTED: Record<string, string[]> = {
  'bad-coordinate-text.csv': [
    'Hàng 2 / Row 2, cột / column "latitude" (P): không đọc được tọa độ / not a coordinate: "gần chợ Chu" (ví dụ / e.g. 21.8283 hoặc / or 21°49\'42"N)',
  ],
  'bad-date.csv': [
    'Hàng 2 / Row 2, cột / column "dates.1.date" (AF): không phải một ngày có thật / is not a real calendar date: "1947-13"',
    'Hàng 2 / Row 2, cột / column "dates.2.date" (AI): không phải một ngày có thật / is not a real calendar date: "31/02/2012"',
    'Hàng 4 / Row 4, cột / column "dates.1.date" (AF): ngày phải có dạng YYYY, YYYY-MM, YYYY-MM-DD hoặc DD/MM/YYYY / must be YYYY, YYYY-MM or YYYY-MM-DD: "tháng 7/1950"',
  ],
  'bad-dms.csv': [
    'Hàng 2 / Row 2, cột / column "latitude" (P): phút phải nhỏ hơn 60 / minutes must be below 60: "21°61\'42"N"',
    'Hàng 3 / Row 3, cột / column "latitude" (P): vĩ độ và kinh độ bị đảo chỗ (chữ E/W nằm ở cột latitude) / latitude and longitude are swapped (an E/W value is in the latitude column)',
  ],
  'bad-id-and-confidence.csv': [
    'Hàng 2 / Row 2, cột / column "id" (A): id chỉ gồm chữ thường không dấu, số và dấu gạch nối / must be a lowercase slug (a-z, 0-9, hyphens): "ATK Định Hóa"',
    'Hàng 3 / Row 3, cột / column "place.communeAfter2025Confidence" (O): không được để trống / must not be empty (Invalid option: expected one of "official"|"secondary"|"uncertain")',
    'Hàng 3 / Row 3, cột / column "location.confidence" (R): giá trị không nằm trong danh sách cho phép / Invalid option: expected one of "source"|"unofficial-dataset"|"approximate"|"commune-centroid"|"none": "exact"',
  ],
  'bad-number-and-flag.csv': [
    'Hàng 2 / Row 2, cột / column "redAddress" (H): phải là true hoặc false / must be true or false: "có lẽ"',
    'Hàng 2 / Row 2, cột / column "rank.year" (W): số quá nhỏ / Too small: expected number to be >=1900: "1850"',
    'Hàng 2 / Row 2, cột / column "visit.minutes" (Z): phải là số nguyên / must be a whole number: "2 giờ"',
  ],
  'bad-url.csv': [
    'Hàng 2 / Row 2, cột / column "sources.2.url" (AR): phải là địa chỉ web bắt đầu bằng http:// hoặc https:// / must be an http(s) URL: "javascript:alert(1)"',
    'Hàng 3 / Row 3, cột / column "sources.1.url" (AP): phải là địa chỉ web bắt đầu bằng http:// hoặc https:// / must be an http(s) URL: "www.baothainguyen.vn"',
  ],
  'broken-quotes.csv': [
    'Hàng 3 / Row 3: dấu ngoặc kép (") đặt sai chỗ / CSV format error: Trailing quote on quoted field is malformed',
    'Hàng 3 / Row 3: hàng có 57 ô nhưng tiêu đề có 58 cột / the row has 57 cells but the header has 58 columns',
  ],
  'decimal-point-lost.csv': [
    'Hàng 2 / Row 2, cột / column "longitude" (Q): kinh độ phải từ -180 đến 180 / longitude must be between -180 and 180: 105540 — có vẻ bảng tính đã bỏ dấu chấm thập phân (vd. 105.525 → 105525); hãy mở CSV với các cột kiểu Văn bản / the spreadsheet seems to have dropped the decimal point (e.g. 105.525 → 105525); open the CSV with all columns as Text',
    'Hàng 3 / Row 3, cột / column "latitude" (P): vĩ độ phải từ -90 đến 90 / latitude must be between -90 and 90: 21574 — có vẻ bảng tính đã bỏ dấu chấm thập phân (vd. 105.525 → 105525); hãy mở CSV với các cột kiểu Văn bản / the spreadsheet seems to have dropped the decimal point (e.g. 105.525 → 105525); open the CSV with all columns as Text',
  ],
  'duplicate-id.csv': [
    'Hàng 4 / Row 4, cột / column "id" (A): id bị trùng với hàng 2 / duplicate id, already used in row 2: "atk-dinh-hoa"',
  ],
  'empty.csv': [
    'Tệp / File: tệp trống / the file is empty',
  ],
  'header-only.csv': [
    'Tệp / File: bảng không có địa điểm nào / the sheet has no sites',
  ],
  'missing-column.csv': [
    'Hàng 1 / Row 1, cột / column "location.note.en": thiếu cột / missing column',
    'Hàng 1 / Row 1, cột / column "dates.2.event.en": thiếu cột / missing column',
  ],
  'missing-source.csv': [
    'Hàng 2 / Row 2, cột / column "sources.2.title" (AQ): không được để trống / must not be empty',
    'Hàng 3 / Row 3, cột / column "sources.1.title" (AO): mỗi địa điểm cần ít nhất một nguồn (sources.1.title, sources.1.url) / every site needs at least one source',
  ],
  'missing-translation.csv': [
    'Hàng 2 / Row 2, cột / column "name.en" (C): thiếu bản tiếng Anh / missing English translation',
    'Hàng 3 / Row 3, cột / column "rank.note.en" (Y): thiếu bản tiếng Anh / missing English translation',
  ],
  'none-with-coordinates.csv': [
    'Hàng 3 / Row 3, cột / column "latitude" (P): location.confidence là "none" thì phải để trống latitude và longitude / confidence "none" requires geometry: null: "21.57408", "105.84912"',
    'Hàng 4 / Row 4, cột / column "location.confidence" (R): không có tọa độ thì location.confidence phải là "none" / a site without geometry must have confidence "none": "approximate"',
  ],
  'not-utf8.csv': [
    'Tệp / File: tệp không phải UTF-8 (có lẽ được lưu bằng bảng mã Windows/ANSI); trong Excel hãy chọn "CSV UTF-8", trong LibreOffice chọn bộ ký tự "Unicode (UTF-8)" / the file is not UTF-8 (probably saved in a Windows/ANSI code page); save it as "CSV UTF-8" in Excel or with character set "Unicode (UTF-8)" in LibreOffice',
  ],
  'outside-province.csv': [
    'Hàng 3 / Row 3, cột / column "latitude" (P): tọa độ nằm ngoài tỉnh Thái Nguyên / is outside the province (lon 105.25–106.35, lat 21.3–22.8): "21.0285", "105.8542"',
  ],
  'swapped-lat-lon.csv': [
    'Hàng 2 / Row 2, cột / column "latitude" (P): vĩ độ và kinh độ bị đảo chỗ: 105.540213, 21.828312 nằm ngoài tỉnh, còn 21.828312, 105.540213 thì ở trong / latitude and longitude look swapped: 105.540213, 21.828312 is outside the province but 21.828312, 105.540213 is inside',
  ],
  'unknown-category.csv': [
    'Hàng 3 / Row 3, cột / column "category" (G): loại (category) không hợp lệ / unknown category "bảo tàng"; known: relic-complex, headquarters, military, founding-site, education-press, memorial, museum, prison, temple, scenic',
  ],
  'unknown-header.csv': [
    'Hàng 1 / Row 1, cột / column "name.vn" (B): cột không có trong mẫu / unknown column — có phải / did you mean "name.vi"? (cột ghi chú riêng thì đặt tên bắt đầu bằng # / start your own note columns with #)',
    'Hàng 1 / Row 1, cột / column "Giá vé" (AD): cột không có trong mẫu / unknown column (cột ghi chú riêng thì đặt tên bắt đầu bằng # / start your own note columns with #)',
    'Hàng 1 / Row 1, cột / column "name.vi": thiếu cột / missing column',
    'Hàng 1 / Row 1, cột / column "visit.ticket.en": thiếu cột / missing column',
  ],
  'wrong-column-count.csv': [
    'Hàng 3 / Row 3: hàng có 20 ô nhưng tiêu đề có 58 cột / the row has 20 cells but the header has 58 columns',
    'Hàng 4 / Row 4: hàng có 59 ô nhưng tiêu đề chỉ có 58 cột / the row has 59 cells but the header has only 58 columns',
  ],};

describe('csvToSites: broken sheets', () => {
  it('has an expectation for every broken sheet (and at least ten of them)', () => {
    const files = readdirSync(BAD).filter((f) => f.endsWith('.csv')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`rejects ${file}`, () => {
      expect(errorsOf(new Uint8Array(readFileSync(join(BAD, file))))).toEqual(expected);
    });
  }
});
