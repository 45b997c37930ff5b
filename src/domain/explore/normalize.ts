/**
 * Text normalisation for Vietnamese search: the way people actually type.
 *
 * "Định Hóa", "dinh hoa", "DINH HOA", "Định Hoá" (old tone placement) and NFD input all become "dinh hoa".
 */

/** Combining marks: tones (sắc, huyền, hỏi, ngã, nặng) and vowel marks (â, ă, ê, ô, ơ, ư) after NFD. */
const COMBINING_MARKS = /\p{M}+/gu;
/** đ/Đ do not decompose under NFD; ð/Ð (eth) are common look-alike typos from some keyboards. */
const D_LETTERS = /[đĐðÐ]/g;
/** Anything that is not a letter or digit separates words: spaces, punctuation, symbols, control chars. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Lowercase, strip tones and diacritics (NFD + remove combining marks), map đ → d,
 * and collapse every run of whitespace/punctuation into one space (trimmed).
 */
export function normalizeVi(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_LETTERS, 'd')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The normalised words of a text, e.g. "Tỉn Keo (Phú Đình)" → ["tin", "keo", "phu", "dinh"]. */
export function tokenizeVi(text: string): string[] {
  const normalized = normalizeVi(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Does `text` contain `query` as whole-word sequence once both are normalised? Empty query matches nothing. */
export function containsVi(text: string, query: string): boolean {
  const q = normalizeVi(query);
  if (q === '') return false;
  return ` ${normalizeVi(text)} `.includes(` ${q} `);
}
