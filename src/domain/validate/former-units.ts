/**
 * Since 1/7/2025 Vietnam has no districts (huyện) and no provincial cities: every "huyện X" in the content is a
 * former unit and must read as one. These checks find a district written as if it still existed.
 *
 * Vietnamese passes: "huyện Định Hóa (cũ)", "huyện Định Hóa cũ", "huyện cũ Định Hóa", "nguyên huyện Định Hóa",
 * "trước đây thuộc huyện Định Hóa", "trước 1/7/2025 thuộc huyện Định Hóa". English passes: "the former Định Hóa
 * district", "former Định Hóa district". Anything else naming a district is reported.
 */

/** A capitalised Vietnamese name of one to three words ("Định Hóa", "Sơn Dương", "Phú Lương"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[ \u00A0]\p{Lu}[\p{L}\p{M}]*){0,2}`;

const VI_DISTRICT = new RegExp(String.raw`(?<![\p{L}\p{M}])[Hh]uyện[ \u00A0](${NAME})`, 'gu');
const VI_FORMER_AFTER = /^\s*(?:\(cũ\)|cũ(?![\p{L}\p{M}]))/u;
const VI_FORMER_BEFORE = /(?:nguyên|trước đây(?: thuộc| là| ở)?|trước 1\/7\/2025(?: thuộc| là| ở)?|trước năm 2025(?: thuộc| là| ở)?)\s*$/iu;

const EN_DISTRICT = new RegExp(String.raw`(${NAME})[ \u00A0]district\b`, 'gu');
const EN_FORMER_BEFORE = /\bformer\s+$/iu;

export interface CurrentTenseUnit {
  /** The phrase as written, e.g. "huyện Định Hóa" or "Định Hóa district". */
  phrase: string;
  index: number;
}

/** Districts named as if they still existed, in order of appearance. */
export function findCurrentTenseDistricts(text: string, lang: 'vi' | 'en'): CurrentTenseUnit[] {
  const out: CurrentTenseUnit[] = [];
  if (lang === 'vi') {
    for (const m of text.matchAll(VI_DISTRICT)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (VI_FORMER_AFTER.test(after) || VI_FORMER_BEFORE.test(before)) continue;
      out.push({ phrase: m[0], index: m.index });
    }
  } else {
    for (const m of text.matchAll(EN_DISTRICT)) {
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      // A capitalised "Former"/"The former" at a sentence start is caught inside the name itself.
      if (EN_FORMER_BEFORE.test(before) || /^(?:The\s+)?Former\s/u.test(m[1] ?? '')) continue;
      out.push({ phrase: m[0], index: m.index });
    }
  }
  return out;
}

export function currentTenseMessage(found: readonly CurrentTenseUnit[], lang: 'vi' | 'en'): string {
  const phrases = found.map((f) => `"${f.phrase}"`).join(', ');
  const fix = lang === 'vi' ? 'write "huyện … (cũ)"' : 'write "the former … district"';
  return `names a district as if it still existed (there are no districts since 1/7/2025): ${phrases}; ${fix}`;
}
