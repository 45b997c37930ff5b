import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFolder } from '../../../scripts/lib/read-data-folder.ts';
import { buildPlatesPdf, CROP_MARGIN_MM, plateUrl, TRIM_MM } from '../../../scripts/print/plates-pdf.ts';
import { main } from '../../../scripts/print/plates-cli.ts';
import { validateContent } from '../../../src/domain/validate/validate-content.ts';

/** Issue 16 item 4: the plates PDF read back with poppler (pdfinfo, pdftotext, pdftoppm) and the QR decoded by jsQR. */
const repo = join(import.meta.dirname, '../../..');
const { content } = validateContent(readDataFolder(repo));
const BASE = 'https://diachido.example.vn/ban-do/';
const IDS = ['atk-dinh-hoa', 'tin-keo', 'lau-sau-co-so-dang-dau-tien'];
const sites = IDS.map((id) => content.sites.find((s) => s.id === id)).filter((s) => s !== undefined);
const credit = { vi: 'Tỉnh Đoàn Thái Nguyên gắn biển', en: 'Plate by the provincial Youth Union' };
const PT = 72 / 25.4;

let dir = '';
let pdfFile = '';
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plates-'));
  pdfFile = join(dir, 'plates.pdf');
  writeFileSync(pdfFile, await buildPlatesPdf({ sites, baseUrl: BASE, credit }));
}, 60_000);

describe('npm run plates', () => {
  it('makes one A5 page per site, with the trim inside a crop margin', () => {
    expect(sites).toHaveLength(3);
    const info = run('pdfinfo', ['-box', '-f', '1', '-l', '3', pdfFile]);
    expect(info).toMatch(/^Pages:\s+3$/m);
    const box = (name: string, page: number) => {
      const m = new RegExp(`^Page\\s+${page} ${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`, 'm').exec(info);
      return (m?.slice(1) ?? []).map(Number);
    };
    for (const page of [1, 2, 3]) {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box('TrimBox', page);
      expect((x1 - x0) / PT).toBeCloseTo(TRIM_MM.width, 1);
      expect((y1 - y0) / PT).toBeCloseTo(TRIM_MM.height, 1);
      expect(x0 / PT).toBeCloseTo(CROP_MARGIN_MM, 1);
      const [, , mx1 = 0, my1 = 0] = box('MediaBox', page);
      expect(mx1 / PT).toBeCloseTo(TRIM_MM.width + 2 * CROP_MARGIN_MM, 1);
      expect(my1 / PT).toBeCloseTo(TRIM_MM.height + 2 * CROP_MARGIN_MM, 1);
    }
  });

  it('prints both names with their diacritics, the rank badge, the scan line and the credit (text from the font, not outlines)', () => {
    for (const [i, site] of sites.entries()) {
      const text = run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdfFile, '-']).replace(/\s+/g, ' ');
      const p = site.properties;
      expect(text).toContain(p.name.vi);
      expect(text).toContain(p.name.en);
      expect(text).toContain(p.summary.vi.slice(0, 30));
      expect(text).toContain('Quét để đọc câu chuyện');
      expect(text).toContain('Scan to read the story');
      expect(text).toContain(credit.vi);
      expect(text).toContain(`diachido.example.vn/ban-do/dia-diem/${site.id}/`);
    }
    const first = run('pdftotext', ['-f', '1', '-l', '1', pdfFile, '-']).replace(/\s+/g, ' ');
    expect(first).toContain('Khu di tích lịch sử Quốc gia đặc biệt An toàn khu (ATK) Định Hóa');
    expect(first).toContain('Di tích quốc gia đặc biệt · Special national relic');
    expect(run('pdffonts', [pdfFile])).toMatch(/BeVietnamPro/);
  });

  it("has a QR code that decodes to the site's page on the public address", () => {
    for (const [i, site] of sites.entries()) {
      const prefix = join(dir, `page-${i + 1}`);
      run('pdftoppm', ['-png', '-r', '110', '-f', String(i + 1), '-l', String(i + 1), '-singlefile', pdfFile, prefix]);
      const png = PNG.sync.read(readFileSync(`${prefix}.png`));
      const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
      expect(code?.data).toBe(`${BASE}dia-diem/${site.id}/?from=qr`);
      expect(code?.data).toBe(plateUrl(BASE, site.id));
    }
  }, 30_000);
});

describe('npm run plates, its arguments', () => {
  const noConfig = mkdtempSync(join(tmpdir(), 'plates-root-'));
  writeFileSync(join(noConfig, 'publish.config.json'), JSON.stringify({ publicBaseUrl: null, plateCredit: null }));

  it('refuses without a public base URL, saying where to set one', async () => {
    await expect(main(['--out', join(noConfig, 'x.pdf')], noConfig, {})).rejects.toThrow(/--base-url https:\/\/.*publicBaseUrl.*publish\.config\.json/s);
  });
  it('refuses a loopback address, a bad URL and an unknown site', async () => {
    await expect(main(['--base-url', 'http://127.0.0.1:4173/'], noConfig, {})).rejects.toThrow(/not this computer/);
    await expect(main(['--base-url', 'diachido.example.vn'], noConfig, {})).rejects.toThrow(/--base-url: must be an http\(s\) address/);
    await expect(main(['--base-url', BASE, '--sites', 'tin-keo,no-such-site'], repo, {})).rejects.toThrow(/no site "no-such-site"/);
  });
  it('writes the sites picked with --sites, in that order', async () => {
    const out = join(dir, 'two.pdf');
    const msg = await main(['--base-url', BASE, '--out', out, '--sites', 'thac-khuon-tat', '--sites', 'tin-keo'], repo, {});
    expect(msg).toContain('2 A5 plate(s)');
    const text = run('pdftotext', ['-f', '1', '-l', '1', out, '-']).replace(/\s+/g, ' ');
    expect(text).toContain(content.sites.find((s) => s.id === 'thac-khuon-tat')?.properties.name.vi);
  }, 30_000);
});
