import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * Be Vietnam Pro, the app's own typeface, from @fontsource/be-vietnam-pro for the build-time renderers (QR plates,
 * preview images). Fontsource ships it cut into unicode-range subsets: Vietnamese text needs "latin" (a–z), "latin-ext"
 * and "vietnamese" (Đ, ơ, ư, ạ…ỹ) together, so callers pick the face per character. The WOFF 1 files are turned
 * back into plain TrueType (pdf-lib embeds the bytes as they are; a PDF cannot hold WOFF).
 */
export const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
export type Subset = (typeof SUBSETS)[number];
export type Weight = 400 | 600 | 700;

export interface FontFace {
  weight: Weight;
  subset: Subset;
  /** TrueType bytes. */
  ttf: Uint8Array;
}

function packageDir(): string {
  // The package's exports map only ".css" entries; "." resolves to its index.css.
  return dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro'));
}

const cache = new Map<string, FontFace>();

/** Every subset of the given weights, in the order to try them for a character. */
export function loadBeVietnamPro(weights: readonly Weight[]): FontFace[] {
  const out: FontFace[] = [];
  for (const weight of weights) {
    for (const subset of SUBSETS) {
      const key = `${subset}-${weight}`;
      let face = cache.get(key);
      if (!face) {
        const file = join(packageDir(), 'files', `be-vietnam-pro-${subset}-${weight}-normal.woff`);
        face = { weight, subset, ttf: woffToSfnt(new Uint8Array(readFileSync(file))) };
        cache.set(key, face);
      }
      out.push(face);
    }
  }
  return out;
}

/** WOFF 1.0 → the SFNT (TrueType/OpenType) it wraps: inflate each table, write a plain table directory. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.length !== origLength) throw new Error('WOFF table has the wrong length');
    tables.push({ tag: src.getUint32(at), checksum: src.getUint32(at + 16), data });
  }
  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const dst = new DataView(out.buffer);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= numTables) {
    pow *= 2;
    log++;
  }
  dst.setUint32(0, flavor);
  dst.setUint16(4, numTables);
  dst.setUint16(6, pow * 16);
  dst.setUint16(8, log);
  dst.setUint16(10, numTables * 16 - pow * 16);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    dst.setUint32(at, t.tag);
    dst.setUint32(at + 4, t.checksum);
    dst.setUint32(at + 8, offset);
    dst.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}
