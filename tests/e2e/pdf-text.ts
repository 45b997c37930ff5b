/**
 * Text of a PDF printed by Chromium, without poppler: inflate the Flate streams, read each font's ToUnicode CMap,
 * and decode the hex strings shown by Tj/TJ in the page content streams with the CMap of the font selected by Tf.
 * Enough for Skia's output (Type0 fonts, Identity-H, 2-byte glyph ids; no object streams); not a general parser.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const out = new Map<number, PdfObject>();
  const text = pdf.toString('latin1');
  const re = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const s = body.indexOf('stream');
    let stream: Buffer | null = null;
    let dict = body;
    if (s >= 0 && /\/Length/.test(body.slice(0, s))) {
      dict = body.slice(0, s);
      let dataStart = start + s + 'stream'.length;
      if (text[dataStart] === '\r') dataStart++;
      if (text[dataStart] === '\n') dataStart++;
      const dataEnd = text.lastIndexOf('endstream', end);
      let raw = pdf.subarray(dataStart, dataEnd);
      const len = /\/Length (\d+)(?! 0 R)/.exec(dict);
      if (len) raw = pdf.subarray(dataStart, dataStart + Number(len[1]));
      try {
        stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : Buffer.from(raw);
      } catch {
        stream = null;
      }
    }
    out.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return out;
}

type CMap = Map<number, string>;

function hexToString(hex: string): string {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
}

function parseCMap(src: string): CMap {
  const map: CMap = new Map();
  for (const block of src.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1] ?? '0', 16), hexToString(m[2] ?? ''));
  }
  for (const block of src.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1] ?? '0', 16);
      const hi = parseInt(m[2] ?? '0', 16);
      const dst = m[3] ?? '';
      if (dst.startsWith('[')) {
        [...dst.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, k) => map.set(lo + k, hexToString(d[1] ?? '')));
      } else {
        const base = hexToString(dst.slice(1, -1));
        for (let c = lo; c <= hi; c++) {
          map.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - lo)));
        }
      }
    }
  }
  return map;
}

/** The document's text, page content in drawing order, NFC-normalised; lines joined by newlines. */
export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  const cmapOfFont = new Map<number, CMap>();
  for (const [num, o] of objs) {
    const tu = /\/ToUnicode (\d+) 0 R/.exec(o.dict);
    const cm = tu ? objs.get(Number(tu[1]))?.stream : undefined;
    if (cm) cmapOfFont.set(num, parseCMap(cm.toString('latin1')));
  }
  // Resource names → font objects (Skia names fonts per document, so one global table is enough here).
  const fontByName = new Map<string, CMap>();
  for (const o of objs.values()) {
    for (const block of o.dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const m of (block[1] ?? '').matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
        const cm = cmapOfFont.get(Number(m[2]));
        if (cm) fontByName.set(m[1] ?? '', cm);
      }
    }
  }
  const lines: string[] = [];
  for (const o of objs.values()) {
    if (o.stream === null || /\/Type\s*\/(XObject|Font|Metadata)/.test(o.dict)) continue;
    const src = o.stream.toString('latin1');
    if (!/\bBT\b/.test(src) || !/\bTf\b/.test(src)) continue;
    let font: CMap | undefined;
    let line = '';
    const decode = (hex: string) => {
      if (!font) return '';
      let s = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) s += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
      return s;
    };
    const tokens = src.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|\[((?:[^\]\\]|\\.)*)\]\s*TJ|\b(T\*|Td|TD|Tm|ET)\b/g);
    for (const t of tokens) {
      if (t[1] !== undefined) font = fontByName.get(t[1]);
      else if (t[2] !== undefined) line += decode(t[2]);
      else if (t[3] !== undefined) {
        for (const part of t[3].matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)) {
          if (part[1] !== undefined) line += decode(part[1]);
          else if (Number(part[2]) < -200) line += ' ';
        }
      } else if (t[4] !== undefined) {
        if (line.trim() !== '') lines.push(line);
        line = '';
      }
    }
    if (line.trim() !== '') lines.push(line);
  }
  return lines.join('\n').normalize('NFC');
}
