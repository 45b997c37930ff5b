import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvToSites, serializeSites, sitesToCsv, UTF8_BOM } from '../../../src/domain/csv/index.ts';
import { validateSites } from '../../../src/domain/validate/validate-sites.ts';
import { exportSitesFile } from '../../../scripts/data-export.ts';
import { importSheetFile } from '../../../scripts/data-import.ts';

const REAL = join(import.meta.dirname, '../../../data/sites.geojson');

function realSites(): { text: string; sites: ReturnType<typeof validateSites>['sites'] } {
  const text = readFileSync(REAL, 'utf8');
  const { sites, problems } = validateSites('data/sites.geojson', JSON.parse(text));
  expect(problems).toEqual([]);
  return { text, sites };
}

describe('round trip on the real data/sites.geojson', () => {
  it('export → import gives the same sites, deep-equal, and the same file byte for byte', () => {
    const { text, sites } = realSites();
    expect(sites.length).toBeGreaterThanOrEqual(31);
    const back = csvToSites(new TextEncoder().encode(sitesToCsv(sites)));
    if (!back.ok) throw new Error(JSON.stringify(back.errors, null, 2));
    expect(back.sites).toEqual(sites);
    expect(serializeSites(back.sites)).toBe(text);
  });

  it('survives a spreadsheet re-save (every cell quoted, ";" separators, no BOM)', () => {
    const { sites } = realSites();
    const rows = Papa.parse<string[]>(sitesToCsv(sites).slice(UTF8_BOM.length), { delimiter: ',' }).data.filter((r) => r.length > 1);
    const resaved = Papa.unparse(rows, { quotes: true, delimiter: ';', newline: '\n' });
    const back = csvToSites(resaved);
    if (!back.ok) throw new Error(JSON.stringify(back.errors, null, 2));
    expect(back.sites).toEqual(sites);
  });
});

describe('data:export and data:import scripts (in a temporary folder)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ram-csv-'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data/sites.geojson'), readFileSync(REAL));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('exports, then imports the unchanged sheet as "no changes"', () => {
    const sheet = join(root, 'sites.csv');
    const out = exportSitesFile(root, sheet);
    expect(out).toMatchObject({ ok: true, sites: realSites().sites.length });
    expect(readFileSync(sheet, 'utf8').startsWith('\uFEFFid,name.vi,name.en')).toBe(true);
    expect(importSheetFile(sheet, root)).toMatchObject({ ok: true, changed: false });
  });

  it('writes data/sites.geojson from a sheet when it is missing, identical to the original', () => {
    const sheet = join(root, 'sites.csv');
    exportSitesFile(root, sheet);
    rmSync(join(root, 'data/sites.geojson'));
    expect(importSheetFile(sheet, root)).toMatchObject({ ok: true, changed: true });
    expect(readFileSync(join(root, 'data/sites.geojson'))).toEqual(readFileSync(REAL));
    expect(readdirSync(join(root, 'data'))).toEqual(['sites.geojson']); // no temporary file left behind
  });

  it('applies an edit, and --dry-run writes nothing', () => {
    const sheet = join(root, 'sites.csv');
    exportSitesFile(root, sheet);
    const edited = readFileSync(sheet, 'utf8').replace(/^(\uFEFF[^\r\n]*\r\n[^,]*),[^,"]*,/, '$1,Tên đã sửa,');
    writeFileSync(sheet, edited);
    const before = readFileSync(join(root, 'data/sites.geojson'), 'utf8');
    expect(importSheetFile(sheet, root, { dryRun: true })).toMatchObject({ ok: true, changed: true });
    expect(readFileSync(join(root, 'data/sites.geojson'), 'utf8')).toBe(before);
    expect(importSheetFile(sheet, root)).toMatchObject({ ok: true, changed: true });
    const after = JSON.parse(readFileSync(join(root, 'data/sites.geojson'), 'utf8')) as { features: Array<{ properties: { name: { vi: string } } }> };
    expect(after.features[0]?.properties.name.vi).toBe('Tên đã sửa');
  });

  it('writes nothing when any row is invalid, and reports every error', () => {
    const sheet = join(root, 'sites.csv');
    exportSitesFile(root, sheet);
    const lines = readFileSync(sheet, 'utf8').split('\r\n');
    const header = (lines[0] ?? '').replace(UTF8_BOM, '').split(',');
    const cat = header.indexOf('category');
    // Break the category of rows 2 and 5 (simple rows: split on commas outside quotes via Papa).
    const rows = Papa.parse<string[]>(lines.join('\r\n').replace(UTF8_BOM, ''), { delimiter: ',' }).data;
    for (const r of [1, 4]) {
      const row = rows[r];
      if (row !== undefined) row[cat] = 'không rõ';
    }
    writeFileSync(sheet, UTF8_BOM + Papa.unparse(rows, { newline: '\r\n' }));
    const before = readFileSync(join(root, 'data/sites.geojson'));
    const out = importSheetFile(sheet, root);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.errors).toHaveLength(2);
      expect(out.errors[0]).toMatch(/^Hàng 2 \/ Row 2, cột \/ column "category" \(G\): loại \(category\) không hợp lệ/);
      expect(out.errors[1]).toMatch(/^Hàng 5 \/ Row 5, cột \/ column "category" \(G\)/);
    }
    expect(readFileSync(join(root, 'data/sites.geojson'))).toEqual(before);
    expect(readdirSync(join(root, 'data'))).toEqual(['sites.geojson']);
  });

  it('refuses a sheet that would break other content (a route naming a deleted site), keeping old problems as warnings', () => {
    const fixture = join(import.meta.dirname, '../../fixtures/csv/sites.geojson');
    writeFileSync(join(root, 'data/sites.geojson'), readFileSync(fixture));
    const route = {
      id: 'thu',
      name: { vi: 'Thử', en: 'Test' },
      description: { vi: 'Tuyến thử', en: 'A test route' },
      stops: [{ site: 'atk-dinh-hoa', minutes: 60 }, { site: 'khu-di-tich-915', minutes: 30 }],
      legs: [{ mode: 'coach' }],
    };
    writeFileSync(join(root, 'data/routes.json'), JSON.stringify({ routes: [route] }));
    writeFileSync(join(root, 'data/notes.txt'), 'not a content file'); // a problem that exists before the import
    const sheet = join(root, 'sites.csv');
    expect(exportSitesFile(root, sheet).ok).toBe(true);
    const rows = Papa.parse<string[]>(readFileSync(sheet, 'utf8').replace(UTF8_BOM, ''), { delimiter: ',', skipEmptyLines: true }).data;
    const without915 = rows.filter((r) => r[0] !== 'khu-di-tich-915');
    writeFileSync(sheet, UTF8_BOM + Papa.unparse(without915, { newline: '\r\n' }));
    const before = readFileSync(join(root, 'data/sites.geojson'));
    const out = importSheetFile(sheet, root);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.errors).toHaveLength(1);
      expect(out.errors[0]).toMatch(/^nếu nhập bảng này \/ with this sheet imported: data\/routes\.json: .*unknown site "khu-di-tich-915"/);
    }
    expect(readFileSync(join(root, 'data/sites.geojson'))).toEqual(before);
    // Unchanged sheet: imports, and the old problem is only a warning.
    writeFileSync(sheet, UTF8_BOM + Papa.unparse(rows, { newline: '\r\n' }));
    const ok = importSheetFile(sheet, root);
    expect(ok).toMatchObject({ ok: true, changed: false });
    if (ok.ok) expect(ok.warnings.join('\n')).toContain('data/notes.txt');
  });

  it('refuses to export invalid data, writing no sheet', () => {
    const sheet = join(root, 'out.csv');
    writeFileSync(join(root, 'data/sites.geojson'), '{"type":"FeatureCollection","features":[{"type":"Feature","id":"x"}]}');
    const out = exportSitesFile(root, sheet);
    expect(out.ok).toBe(false);
    expect(existsSync(sheet)).toBe(false);
  });
});
