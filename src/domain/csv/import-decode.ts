import type { SheetError } from './messages.ts';

/** Bytes → text. UTF-8 (with or without BOM) and UTF-16 ("Unicode text" from Excel) are accepted; nothing else. */
export function decodeSheet(input: Uint8Array | string): { ok: true; text: string } | { ok: false; error: SheetError } {
  if (typeof input === 'string') return { ok: true, text: input.replace(/^\uFEFF/, '') };
  if (input.length === 0) return { ok: false, error: { message: 'tệp trống / the file is empty' } };
  if (input[0] === 0xff && input[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(input.subarray(2)) };
  if (input[0] === 0xfe && input[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(input.subarray(2)) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input) };
  } catch {
    return {
      ok: false,
      error: {
        message:
          'tệp không phải UTF-8 (có lẽ được lưu bằng bảng mã Windows/ANSI); trong Excel hãy chọn "CSV UTF-8", trong LibreOffice chọn bộ ký tự "Unicode (UTF-8)" / ' +
          'the file is not UTF-8 (probably saved in a Windows/ANSI code page); save it as "CSV UTF-8" in Excel or with character set "Unicode (UTF-8)" in LibreOffice',
      },
    };
  }
}
