import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COVERED_PROPERTIES, columnForHeader, columnLetter, FIXED_COLUMNS } from '../../../src/domain/csv/columns.ts';
import { listSlots, sitesToCsv, sitesToCsvChecked, UTF8_BOM } from '../../../src/domain/csv/export.ts';
import { csvToSites } from '../../../src/domain/csv/import.ts';
import { SiteFeatureSchema, SitePropertiesSchema, type SiteFeature } from '../../../src/domain/schema/site.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/csv');

function fixtureSites(): SiteFeature[] {
  const raw = JSON.parse(readFileSync(join(FIXTURES, 'sites.geojson'), 'utf8')) as { features: unknown[] };
  return raw.features.map((f) => SiteFeatureSchema.parse(f));
}

/** The fixture sites, the first one with some properties changed (computed from its own). */
function withFirstSite(change: (p: SiteFeature['properties']) => Partial<SiteFeature['properties']>): SiteFeature[] {
  const [first, ...rest] = fixtureSites();
  if (first === undefined) throw new Error('fixture');
  return [{ ...first, properties: { ...first.properties, ...change(first.properties) } }, ...rest];
}

function parseCsv(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { delimiter: ',', skipEmptyLines: true }).data;
}

describe('sitesToCsv', () => {
  const csv = sitesToCsv(fixtureSites());

  it('starts with a UTF-8 byte-order mark and uses CRLF line ends', () => {
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1).startsWith('id,name.vi,name.en,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).not.toContain('\n');
  });

  it('writes the header in editor order, then one slot group per list item (+1 spare)', () => {
    const [header] = parseCsv(csv);
    expect(header?.slice(0, 10)).toEqual([
      'id',
      'name.vi',
      'name.en',
      'shortName.vi',
      'shortName.en',
      'aliases',
      'category',
      'redAddress',
      'summary.vi',
      'summary.en',
    ]);
    expect(header?.slice(15, 20)).toEqual(['latitude', 'longitude', 'location.confidence', 'location.note.vi', 'location.note.en']);
    // The fixture's longest lists: 2 dates, 2 sources, 1 image; plus one spare slot each.
    expect(listSlots(fixtureSites())).toEqual({ dates: 3, sources: 3, images: 2 });
    expect(header?.filter((h) => h.startsWith('dates.'))).toEqual([
      'dates.1.date', 'dates.1.event.vi', 'dates.1.event.en',
      'dates.2.date', 'dates.2.event.vi', 'dates.2.event.en',
      'dates.3.date', 'dates.3.event.vi', 'dates.3.event.en',
    ]);
    expect(header?.filter((h) => h.startsWith('images.1.'))).toEqual([
      'images.1.src', 'images.1.alt.vi', 'images.1.alt.en', 'images.1.credit', 'images.1.licence', 'images.1.licenceUrl',
    ]);
    expect(header?.length).toBe(FIXED_COLUMNS.length + 3 * 3 + 3 * 2 + 2 * 6);
  });

  it('writes one row per site with every field in its column', () => {
    const [header = [], atk = [], s915 = [], tnxp = []] = parseCsv(csv);
    const cell = (row: string[], h: string): string | undefined => row[header.indexOf(h)];
    expect(atk.length).toBe(header.length);
    expect(cell(atk, 'id')).toBe('atk-dinh-hoa');
    expect(cell(atk, 'name.vi')).toBe('Khu di tích lịch sử ATK Định Hóa');
    expect(cell(atk, 'aliases')).toBe('ATK | An toàn khu Định Hóa');
    expect(cell(atk, 'redAddress')).toBe('true');
    expect(cell(atk, 'summary.vi')).toContain('"cái nôi" của cuộc kháng chiến chống Pháp.\nNhiều'); // quotes and line breaks survive CSV quoting
    expect(cell(atk, 'latitude')).toBe('21.828312');
    expect(cell(atk, 'longitude')).toBe('105.540213');
    expect(cell(atk, 'rank.year')).toBe('2012');
    expect(cell(atk, 'visit.minutes')).toBe('120');
    expect(cell(atk, 'dates.2.date')).toBe('2012-05-10');
    expect(cell(atk, 'dates.2.event.en')).toBe('Ranked a special national relic');
    expect(cell(atk, 'dates.3.date')).toBe('');
    expect(cell(atk, 'sources.2.url')).toBe('https://vietnamtourism.vn/index.php/news/items/1');
    expect(cell(atk, 'images.1.licenceUrl')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(cell(s915, 'place.hamlet')).toBe('Ga Lưu Xá cũ');
    expect(cell(s915, 'rank.note.vi')).toBe('');
    expect(cell(tnxp, 'latitude')).toBe('');
    expect(cell(tnxp, 'longitude')).toBe('');
    expect(cell(tnxp, 'location.confidence')).toBe('none');
  });

  it('matches the committed golden sheet byte for byte', () => {
    expect(csv).toBe(readFileSync(join(FIXTURES, 'sites.csv'), 'utf8'));
  });
});

describe('sitesToCsvChecked', () => {
  it('passes a lossless export', () => {
    expect(sitesToCsvChecked(fixtureSites()).problems).toEqual([]);
  });

  it('refuses values the sheet cannot carry exactly', () => {
    const sites = withFirstSite((p) => ({ aliases: ['ATK | cũ'], summary: { vi: ' có khoảng trắng đầu dòng', en: p.summary.en } }));
    const { problems } = sitesToCsvChecked(sites);
    expect(problems).toContain('atk-dinh-hoa: properties.aliases: an alias may not contain "|" (the sheet\'s list separator): "ATK | cũ"');
    expect(problems.some((p) => p.startsWith('atk-dinh-hoa: properties.aliases.0: changes in the spreadsheet round trip'))).toBe(true);
  });
});

describe('formula-like cells (CSV injection)', () => {
  const sites = withFirstSite((p) => ({
    aliases: ['+84 912 000 000', '@ATK'],
    summary: { vi: '=HYPERLINK("http://example.invalid","bấm vào đây")', en: '-1+2\nsecond line' },
    name: { vi: p.name.vi, en: '＝cmd|\' /C calc\'!A0' },
  }));
  const csv = sitesToCsv(sites);

  it('are written with a leading apostrophe, so a spreadsheet never runs them', () => {
    const cells = parseCsv(csv).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r＝＋－＠]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://example.invalid","bấm vào đây")`);
    // Papa's own escapeFormulae would miss this one: it has a line break.
    expect(cells).toContain("'-1+2\nsecond line");
    expect(cells).toContain("'＝cmd|' /C calc'!A0");
  });

  it('read back exactly as they were (the importer takes the apostrophe off)', () => {
    const back = csvToSites(csv);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.sites).toEqual(sites);
    expect(sitesToCsvChecked(sites).problems).toEqual([]);
  });
});

describe('columns', () => {
  it('cover every property of the site schema, so no field is silently dropped', () => {
    expect([...COVERED_PROPERTIES].sort()).toEqual(Object.keys(SitePropertiesSchema.shape).sort());
  });

  it('recognise list headers and reject malformed ones', () => {
    expect(columnForHeader('dates.12.event.vi')).toMatchObject({ type: 'list', index: 11 });
    expect(columnForHeader('dates.0.date')).toBeUndefined();
    expect(columnForHeader('dates.01.date')).toBeUndefined();
    expect(columnForHeader('sources.1.name')).toBeUndefined();
    expect(columnForHeader('name.vi')).toMatchObject({ type: 'fixed' });
  });

  it('name spreadsheet columns by letter', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
