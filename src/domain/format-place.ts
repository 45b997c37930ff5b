import type { Lang } from './schema/common.ts';

/**
 * One piece of a rendered name: `vi` marks text left as the content writes it in Vietnamese (a name, an address, a
 * note the content has no English for), so the UI can mark it `lang="vi"` instead of passing it off as English.
 */
export interface TextPart {
  text: string;
  vi?: true;
}

/** The words the English UI needs to say an administrative unit; the caller fills them from the locale files. */
export interface UnitWords {
  /** "{{name}} commune" */
  commune: (name: string) => string;
  /** "{{name}} ward" */
  ward: (name: string) => string;
  /** "township" (a pre-2025 thị trấn) */
  township: string;
  /** "Not determined" (the data's "Chưa xác định") */
  undetermined: string;
  /** "uncertain" (the data's "(chưa chắc chắn)") */
  uncertain: string;
}

const UNDETERMINED = 'Chưa xác định';

/** A unit's word and its proper name: "xã Phú Đình" → { word: 'xã', name: 'Phú Đình' }; no word: the text as name. */
export function splitUnitWord(text: string): { word?: 'xã' | 'phường' | 'thị trấn'; name: string } {
  const m = /^(xã|phường|thị trấn)\s+(.+)$/.exec(text);
  return m?.[1] !== undefined && m[2] !== undefined ? { word: m[1] as 'xã' | 'phường' | 'thị trấn', name: m[2] } : { name: text };
}

/**
 * An administrative unit as the content writes it in Vietnamese ("xã Phú Đình", "phường Gia Sàng (chưa chắc chắn)",
 * "Chợ Chu (thị trấn)", "Chưa xác định (khu vực núi Hồng)"), said in the UI's language. Vietnamese: as written.
 * English: the unit word in English around the proper name; a note in brackets that has no English stays Vietnamese
 * and is marked so. The proper name itself is never translated.
 */
export function unitParts(unit: string, lang: Lang, words: UnitWords): TextPart[] {
  if (lang === 'vi') return [{ text: unit }];
  const m = /^(.*?)(?:\s*\(([^()]*)\))?$/.exec(unit.trim());
  const head = (m?.[1] ?? unit).trim();
  const note = m?.[2]?.trim();
  const out: TextPart[] = [];
  const parts = splitUnitWord(head);
  if (head === UNDETERMINED) out.push({ text: words.undetermined });
  else if (parts.word === 'xã') out.push({ text: words.commune(parts.name) });
  else if (parts.word === 'phường') out.push({ text: words.ward(parts.name) });
  else if (parts.word === 'thị trấn') out.push({ text: `${parts.name} (${words.township})` });
  else out.push({ text: head });
  if (note !== undefined && note !== '') {
    if (note === 'thị trấn') out.push({ text: ` (${words.township})` });
    else if (note === 'chưa chắc chắn') out.push({ text: ` (${words.uncertain})` });
    else out.push({ text: ' (' }, { text: note, vi: true }, { text: ')' });
  }
  return out;
}

/** The plain text of a unit in the UI's language (filters, lists). */
export function unitText(unit: string, lang: Lang, words: UnitWords): string {
  return unitParts(unit, lang, words)
    .map((p) => p.text)
    .join('');
}

/** A ranking decision as the content cites it: "35/QĐ-BVHTTDL, 07/01/2020" or "Quyết định của Thủ tướng Chính phủ ngày 10/05/2012". */
export type Decision =
  | { kind: 'numbered'; number: string; date: string }
  | { kind: 'prime-minister'; date: string }
  | { kind: 'other'; text: string };

/** "dd/mm/yyyy" → "yyyy-mm-dd", or undefined when it is not a real date in that form. */
function isoDate(dmy: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(dmy);
  if (m === null) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Read a cited decision into its parts, so each language can say it; anything else is kept as written. */
export function parseDecision(text: string): Decision {
  const s = text.trim();
  const numbered = /^([^,]+),\s*(\d{1,2}\/\d{1,2}\/\d{4})$/.exec(s);
  const nDate = numbered?.[2] !== undefined ? isoDate(numbered[2]) : undefined;
  if (numbered?.[1] !== undefined && nDate !== undefined) return { kind: 'numbered', number: numbered[1].trim(), date: nDate };
  const pm = /^Quyết định của Thủ tướng Chính phủ ngày (\d{1,2}\/\d{1,2}\/\d{4})$/.exec(s);
  const pmDate = pm?.[1] !== undefined ? isoDate(pm[1]) : undefined;
  if (pmDate !== undefined) return { kind: 'prime-minister', date: pmDate };
  return { kind: 'other', text: s };
}

const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** Does a text carry letters only Vietnamese writes (a title, a name left in Vietnamese)? */
export function hasVietnameseLetters(text: string): boolean {
  return VIETNAMESE_LETTERS.test(text);
}
