import type { Problem } from './problem.ts';

export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Decode a content file strictly as UTF-8. A byte-order mark, invalid bytes or an empty file are content
 * errors (editors' tools add BOMs silently; we want one spelling of every file).
 */
export function decodeUtf8(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: { file, path: '', message: 'file is empty' } };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: false, problem: { file, path: '', message: 'file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM' } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim().length === 0) return { ok: false, problem: { file, path: '', message: 'file is empty' } };
    return { ok: true, text };
  } catch {
    return { ok: false, problem: { file, path: '', message: 'file is not valid UTF-8 text' } };
  }
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseJsonFile(file: string, bytes: Uint8Array): ParsedJson {
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, value: JSON.parse(decoded.text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: { file, path: '', message: `invalid JSON (${detail})` } };
  }
}
