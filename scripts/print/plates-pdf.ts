import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type Color, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { LocalizedText } from '../../src/domain/schema/common.ts';
import type { SiteFeature } from '../../src/domain/schema/site.ts';
import { plateUrl } from '../../src/domain/publish/publish-config.ts';
import { loadBeVietnamPro, type Weight } from '../lib/be-vietnam-pro.ts';
import { categoryLabel, displayUrl, firstSentence, PRINT, rankLabel } from './labels.ts';

/**
 * Issue 16 item 4: one A5 QR plate per site for the relics' walls, as a print-ready PDF. Each page is the A5 trim
 * (148 × 210 mm, the PDF's TrimBox) inside a 12 mm crop margin with corner crop marks; the red bands run 3 mm past
 * the trim (BleedBox). On each plate: the name in Vietnamese and English, the rank badge, the category, the summary's
 * first sentence in both languages, the QR code of the site's page (`<base>dia-diem/<id>/?from=qr`) drawn as vector
 * squares, the address under it for people without a camera, "Quét để đọc câu chuyện" / "Scan to read the story",
 * and the credit line from publish.config.json. Text is Be Vietnam Pro (every diacritic from the font, never faked).
 */

const MM = 72 / 25.4;
export const TRIM_MM = { width: 148, height: 210 } as const;
export const CROP_MARGIN_MM = 12;
export const BLEED_MM = 3;

const RED = rgb(0x8b / 255, 0x1a / 255, 0x1a / 255);
const INK = rgb(0x1f / 255, 0x1a / 255, 0x17 / 255);
const MUTED = rgb(0x5b / 255, 0x51 / 255, 0x4b / 255);
const PAPER = rgb(0xff / 255, 0xfa / 255, 0xf2 / 255);
const WHITE = rgb(1, 1, 1);

export interface PlateOptions {
  sites: readonly SiteFeature[];
  /** The public base URL (validated, with its trailing slash). */
  baseUrl: string;
  credit: LocalizedText | null;
}

/** The address a plate's QR code opens (shared with the site panel's printed plate). */
export { plateUrl } from '../../src/domain/publish/publish-config.ts';

interface Face {
  font: PDFFont;
  weight: Weight;
  has: (cp: number) => boolean;
}

/** Text drawn in runs, each in the first Be Vietnam Pro subset that has its characters. */
class Typesetter {
  constructor(private readonly faces: Face[]) {}

  runs(text: string, weight: Weight): { font: PDFFont; text: string }[] {
    const faces = this.faces.filter((f) => f.weight === weight);
    const out: { font: PDFFont; text: string }[] = [];
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0) ?? 0;
      const last = out[out.length - 1];
      const lastFace = last && faces.find((f) => f.font === last.font);
      if (last && lastFace?.has(cp)) {
        last.text += ch;
        continue;
      }
      const face = faces.find((f) => f.has(cp));
      if (!face) throw new Error(`plates: no Be Vietnam Pro glyph for U+${cp.toString(16).toUpperCase().padStart(4, '0')} in "${text}"`);
      out.push({ font: face.font, text: ch });
    }
    return out;
  }

  private readonly widths = new Map<string, number>();

  /** Width in points (measured at 1 pt once per text and weight: fontkit's layout is the slow part). */
  width(text: string, size: number, weight: Weight): number {
    const key = `${weight}|${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.runs(text, weight).reduce((sum, r) => sum + r.font.widthOfTextAtSize(r.text, 1), 0);
      this.widths.set(key, w);
    }
    return w * size;
  }

  draw(page: PDFPage, text: string, x: number, y: number, size: number, weight: Weight, color: Color): void {
    let at = x;
    for (const r of this.runs(text, weight)) {
      page.drawText(r.text, { x: at, y, size, font: r.font, color });
      at += r.font.widthOfTextAtSize(r.text, size);
    }
  }

  /** Greedy line breaking at spaces; null when the text needs more than maxLines. */
  wrap(text: string, size: number, weight: Weight, maxWidth: number, maxLines: number): string[] | null {
    const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.width(next, size, weight) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines.length <= maxLines && lines.every((l) => this.width(l, size, weight) <= maxWidth) ? lines : null;
  }

  /** Lines that fit: the first size (largest first) that holds the whole text, else the smallest cut with "…". */
  fit(text: string, sizes: readonly number[], weight: Weight, maxWidth: number, maxLines: number): { lines: string[]; size: number } {
    // The largest size that holds the text, preferring one that leaves no single word alone on the last line.
    let first: { lines: string[]; size: number } | null = null;
    for (const size of sizes) {
      const lines = this.wrap(text, size, weight, maxWidth, maxLines);
      if (!lines) continue;
      if (lines.length === 1 || (lines[lines.length - 1] ?? '').includes(' ')) return { lines, size };
      first ??= { lines, size };
    }
    if (first) return first;
    const size = sizes[sizes.length - 1] ?? 10;
    const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
    // The most words that fit with "…" (fitting is monotonic in the number of words: binary search).
    const cut = (n: number) => this.wrap(`${words.slice(0, n).join(' ').replace(/[\s,;:–-]+$/u, '')}…`, size, weight, maxWidth, maxLines);
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (cut(mid)) lo = mid;
      else hi = mid - 1;
    }
    return { lines: lo > 0 ? (cut(lo) ?? []) : [], size };
  }
}

async function embedFaces(doc: PDFDocument): Promise<Face[]> {
  doc.registerFontkit(fontkit);
  const faces: Face[] = [];
  for (const f of loadBeVietnamPro([400, 700])) {
    const coverage = fontkit.create(Buffer.from(f.ttf));
    // The subset files are small (20–35 KB); embedded whole, every glyph (composite accents too) stays intact.
    // No ligatures: pdf-lib would place "fi" as one glyph with two letters' advance (a gap, and "rst" in the text).
    const font = await doc.embedFont(f.ttf, { subset: false, features: { liga: false, clig: false, dlig: false } });
    faces.push({ font, weight: f.weight, has: (cp) => coverage.hasGlyphForCodePoint(cp) });
  }
  return faces;
}

function roundedRect(page: PDFPage, x: number, y: number, w: number, h: number, r: number, color: Color): void {
  // drawSvgPath puts the path's origin at (x, y + h) with y growing downwards.
  const path = `M ${r} 0 H ${w - r} A ${r} ${r} 0 0 1 ${w} ${r} V ${h - r} A ${r} ${r} 0 0 1 ${w - r} ${h} H ${r} A ${r} ${r} 0 0 1 0 ${h - r} V ${r} A ${r} ${r} 0 0 1 ${r} 0 Z`;
  page.drawSvgPath(path, { x, y: y + h, color, borderWidth: 0 });
}

/** The QR code as black squares (one rectangle per horizontal run of dark modules), with its 4-module quiet zone. */
function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4;
  const cell = size / (n + 2 * quiet);
  page.drawRectangle({ x, y, width: size, height: size, color: WHITE });
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      page.drawRectangle({
        x: x + (quiet + start) * cell,
        y: y + size - (quiet + r + 1) * cell,
        width: (c - start) * cell,
        // A hair taller, so neighbouring rows print without white seams.
        height: cell * 1.01,
        color: rgb(0, 0, 0),
      });
    }
  }
}

function cropMarks(page: PDFPage, trim: { x: number; y: number; w: number; h: number }): void {
  const from = (BLEED_MM + 1) * MM;
  const to = CROP_MARGIN_MM * MM;
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.25, color: rgb(0, 0, 0) });
  for (const cx of [trim.x, trim.x + trim.w]) {
    for (const cy of [trim.y, trim.y + trim.h]) {
      const sx = cx === trim.x ? -1 : 1;
      const sy = cy === trim.y ? -1 : 1;
      line(cx + sx * from, cy, cx + sx * to, cy);
      line(cx, cy + sy * from, cx, cy + sy * to);
    }
  }
}

/** The PDF: one page per site, in the order given. */
export async function buildPlatesPdf(opts: PlateOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${PRINT.vi.mapTitle} – bảng QR / QR plates`);
  doc.setLanguage('vi');
  doc.setCreator('red-address-map npm run plates');
  doc.setProducer('pdf-lib');
  // A fixed date keeps the output byte-for-byte the same for the same content.
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const ts = new Typesetter(await embedFaces(doc));

  const m = CROP_MARGIN_MM * MM;
  const W = TRIM_MM.width * MM;
  const H = TRIM_MM.height * MM;
  const bleed = BLEED_MM * MM;
  const pad = 12 * MM;
  const textW = W - 2 * pad;

  for (const site of opts.sites) {
    const p = site.properties;
    const page = doc.addPage([W + 2 * m, H + 2 * m]);
    page.setTrimBox(m, m, W, H);
    page.setBleedBox(m - bleed, m - bleed, W + 2 * bleed, H + 2 * bleed);
    const trim = { x: m, y: m, w: W, h: H };
    const top = m + H;
    const left = m + pad;

    page.drawRectangle({ x: m - bleed, y: m - bleed, width: W + 2 * bleed, height: H + 2 * bleed, color: PAPER });
    // Header band (to the bleed): the map's name in both languages.
    const headH = 22 * MM;
    page.drawRectangle({ x: m - bleed, y: top - headH, width: W + 2 * bleed, height: headH + bleed, color: RED });
    ts.draw(page, PRINT.vi.mapTitle.toLocaleUpperCase('vi'), left, top - 11 * MM, 13, 700, WHITE);
    ts.draw(page, PRINT.en.mapTitle, left, top - 17 * MM, 10, 400, WHITE);

    // Footer band: the credit line.
    const footH = 14 * MM;
    page.drawRectangle({ x: m - bleed, y: m - bleed, width: W + 2 * bleed, height: footH + bleed, color: RED });
    if (opts.credit) {
      for (const [i, lang] of (['vi', 'en'] as const).entries()) {
        const c = ts.fit(opts.credit[lang], [8.5, 7.5], i === 0 ? 700 : 400, textW, 1);
        const line = c.lines[0] ?? '';
        ts.draw(page, line, m + (W - ts.width(line, c.size, i === 0 ? 700 : 400)) / 2, m + (i === 0 ? 8.2 : 3.6) * MM, c.size, i === 0 ? 700 : 400, WHITE);
      }
    }

    // The QR block, from the footer up: scan line (en, vi), address, code.
    const centre = (text: string, y: number, size: number, weight: Weight, color: Color) =>
      ts.draw(page, text, m + (W - ts.width(text, size, weight)) / 2, y, size, weight, color);
    let y = m + footH + 5 * MM;
    centre(PRINT.en.scan, y, 10, 400, INK);
    y += 5.6 * MM;
    centre(PRINT.vi.scan, y, 13, 700, RED);
    y += 6.4 * MM;
    const url = plateUrl(opts.baseUrl, site.id);
    const shown = ts.fit(displayUrl(url), [8, 7, 6], 400, textW, 1).lines[0] ?? '';
    centre(shown, y, 8, 400, MUTED);
    y += 3.5 * MM;
    const qrSize = 50 * MM;
    drawQr(page, url, m + (W - qrSize) / 2, y, qrSize);
    const qrTop = y + qrSize;

    // From the header down: names, badge, category, summary (what does not fit is cut with "…").
    let cursor = top - headH - 9 * MM;
    const block = (lines: string[], size: number, weight: Weight, color: Color, leading: number) => {
      for (const line of lines) {
        ts.draw(page, line, left, cursor - size * 0.75, size, weight, color);
        cursor -= size * leading;
      }
    };
    const nameVi = ts.fit(p.name.vi, [22, 20, 18, 16], 700, textW, 3);
    block(nameVi.lines, nameVi.size, 700, RED, 1.22);
    cursor -= 1 * MM;
    const nameEn = ts.fit(p.name.en, [13, 12, 11], 400, textW, 2);
    block(nameEn.lines, nameEn.size, 400, MUTED, 1.25);
    cursor -= 3 * MM;

    const badge = `${rankLabel(site, 'vi')} · ${rankLabel(site, 'en')}`;
    const badgeSize = ts.width(badge, 9.5, 700) + 6 * MM <= textW ? 9.5 : 8;
    const badgeW = ts.width(badge, badgeSize, 700) + 6 * MM;
    const badgeH = badgeSize + 3 * MM;
    roundedRect(page, left, cursor - badgeH, badgeW, badgeH, badgeH / 2, RED);
    ts.draw(page, badge, left + 3 * MM, cursor - badgeH / 2 - badgeSize * 0.35, badgeSize, 700, WHITE);
    cursor -= badgeH + 2.5 * MM;
    const cat = ts.fit(`${categoryLabel(site, 'vi')} · ${categoryLabel(site, 'en')}`, [9, 8], 400, textW, 1);
    block(cat.lines, cat.size, 400, MUTED, 1.3);
    cursor -= 2.5 * MM;

    // The summaries share what is left above the code.
    const room = cursor - (qrTop + 4 * MM);
    const vi = ts.fit(firstSentence(p.summary.vi), [10.5, 9.5, 9], 400, textW, Math.max(1, Math.floor((room * 0.55) / 12.5)));
    block(vi.lines, vi.size, 400, INK, 1.3);
    cursor -= 1.5 * MM;
    const left2 = cursor - (qrTop + 4 * MM);
    const en = ts.fit(firstSentence(p.summary.en), [9.5, 9, 8.5], 400, textW, Math.max(0, Math.floor(left2 / (9.5 * 1.3))));
    block(en.lines, en.size, 400, MUTED, 1.3);

    cropMarks(page, trim);
  }
  return doc.save({ useObjectStreams: false });
}

