/** Editor-facing wording of import errors: Vietnamese first, then English ("vi / en"). Pure. */

export interface SheetError {
  /** Spreadsheet row number (the header is row 1); absent for problems with the whole file. */
  row?: number;
  /** Column header, when the problem is in one cell or column. */
  column?: string;
  /** Spreadsheet column letter (A, B, … AA), when known. */
  letter?: string;
  message: string;
}

export function formatSheetError(e: SheetError): string {
  const where: string[] = [];
  if (e.row !== undefined) where.push(`Hàng ${e.row} / Row ${e.row}`);
  if (e.column !== undefined) where.push(`cột / column "${e.column}"${e.letter === undefined ? '' : ` (${e.letter})`}`);
  return `${where.length > 0 ? where.join(', ') : 'Tệp / File'}: ${e.message}`;
}

const LANG_NAME = { vi: ['tiếng Việt', 'Vietnamese'], en: ['tiếng Anh', 'English'] } as const;

/**
 * Translate a schema message (English, shared with data:check) into the bilingual wording of the sheet.
 * `lang` is set when the field is one language of a translated text, `otherFilled` when the other language is.
 */
export function explainSchemaMessage(message: string, ctx: { lang?: 'vi' | 'en'; otherFilled?: boolean }): string {
  if (message === 'must not be empty' || message === 'must be text') {
    if (ctx.lang !== undefined && ctx.otherFilled === true) {
      const [vi, en] = LANG_NAME[ctx.lang];
      return `thiếu bản ${vi} / missing ${en} translation`;
    }
    return 'không được để trống / must not be empty';
  }
  const known: ReadonlyArray<[RegExp, string]> = [
    [/^must be an http\(s\) URL/, 'phải là địa chỉ web bắt đầu bằng http:// hoặc https://'],
    [/^unknown category/, 'loại (category) không hợp lệ'],
    [/^every site needs at least one source/, 'mỗi địa điểm cần ít nhất một nguồn (sources.1.title, sources.1.url)'],
    [/^must be YYYY, YYYY-MM or YYYY-MM-DD/, 'ngày phải có dạng YYYY, YYYY-MM, YYYY-MM-DD hoặc DD/MM/YYYY'],
    [/^is not a real calendar date/, 'không phải một ngày có thật'],
    [/^must be a lowercase slug/, 'id chỉ gồm chữ thường không dấu, số và dấu gạch nối'],
    [/^is outside the province/, 'tọa độ nằm ngoài tỉnh Thái Nguyên'],
    [/^confidence "none" requires geometry: null/, 'location.confidence là "none" thì phải để trống latitude và longitude'],
    [/^a site without geometry must have confidence "none"/, 'không có tọa độ thì location.confidence phải là "none"'],
    [/^must be a path under images\//, 'ảnh phải là đường dẫn trong thư mục images/ của kho (không dùng link ngoài)'],
    [/^Invalid option/, 'giá trị không nằm trong danh sách cho phép'],
    [/^Invalid input: expected boolean/, 'phải là true hoặc false'],
    [/^Too small/, 'số quá nhỏ'],
    [/^Too big/, 'số quá lớn'],
  ];
  for (const [re, vi] of known) if (re.test(message)) return `${vi} / ${message}`;
  return message;
}

/** Quote what the editor typed, shortened, so the message shows the offending value. */
export function typed(value: string): string {
  const one = value.replace(/\s+/g, ' ');
  return one.length > 60 ? `"${one.slice(0, 57)}…"` : `"${one}"`;
}
