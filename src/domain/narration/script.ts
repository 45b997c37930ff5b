import type { Lang } from '../schema/common.ts';

/**
 * A story turned into what a speech voice reads: sections (the text before the first heading, then one per `##`
 * heading), each a list of short chunks. One chunk is one utterance: Chrome cuts an utterance off after about 15 s,
 * so a long sentence is split at a comma or a space below MAX_CHUNK_CHARS (about 12 s of speech at rate 1).
 */
export interface NarrationSection {
  /** The heading's text, read first (null for the opening section). */
  heading: string | null;
  chunks: string[];
}

export interface NarrationChunk {
  /** Position in the whole script (0…n-1): the order of the utterances. */
  index: number;
  section: number;
  text: string;
}

export const MAX_CHUNK_CHARS = 180;

/** Markdown inline syntax to plain words: links keep their text, emphasis and code marks go, autolinks go. */
export function markdownInlineToText(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<https?:[^>]*>/g, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Blocks of a Markdown body: headings, paragraphs, list items and quotes, as plain text. */
function blocks(markdown: string): Array<{ heading: boolean; text: string }> {
  const out: Array<{ heading: boolean; text: string }> = [];
  let para: string[] = [];
  const flush = () => {
    const text = markdownInlineToText(para.join(' '));
    if (text) out.push({ heading: false, text });
    para = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const text = markdownInlineToText((heading[1] ?? '').replace(/\s#+$/, ''));
      if (text) out.push({ heading: true, text });
    } else if (line === '' || /^([-*_])(\s*\1){2,}$/.test(line)) {
      flush();
    } else if (/^([-*+]|\d+[.)])\s+/.test(line)) {
      // A list item is its own block: read as a sentence of its own.
      flush();
      para.push(line.replace(/^([-*+]|\d+[.)])\s+/, ''));
    } else {
      para.push(line.replace(/^>\s?/, ''));
    }
  }
  flush();
  return out;
}

/** Sentences of a paragraph, with the platform's sentence rules for the language when it has them. */
export function splitSentences(text: string, lang: Lang): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  const parts = Segmenter
    ? Array.from(new Segmenter(lang, { granularity: 'sentence' }).segment(text), (s) => s.segment)
    : text.split(/(?<=[.!?…])\s+(?=\S)/);
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** A sentence cut into pieces of at most `max` characters: at a clause mark if there is one, else at a space. */
export function chunkSentence(sentence: string, max = MAX_CHUNK_CHARS): string[] {
  const out: string[] = [];
  let rest = sentence.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf(': '), window.lastIndexOf(' – '));
    if (cut < max / 3) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = max; // one very long word: cut it anyway rather than let the voice stop
    else cut += 1; // keep the mark with the first piece
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** The whole script of a story body (Markdown after the front matter), title first when given. */
export function storyScript(body: string, lang: Lang, title?: string): NarrationSection[] {
  const sections: NarrationSection[] = [{ heading: title ?? null, chunks: [] }];
  for (const b of blocks(body)) {
    if (b.heading) sections.push({ heading: b.text, chunks: [] });
    else (sections[sections.length - 1] as NarrationSection).chunks.push(...splitSentences(b.text, lang).flatMap((s) => chunkSentence(s)));
  }
  return sections.filter((s) => s.heading !== null || s.chunks.length > 0);
}

/** Every utterance in reading order: each section's heading, then its chunks. */
export function flattenScript(sections: readonly NarrationSection[]): NarrationChunk[] {
  const out: NarrationChunk[] = [];
  sections.forEach((s, section) => {
    for (const text of s.heading !== null ? [s.heading, ...s.chunks] : s.chunks) out.push({ index: out.length, section, text });
  });
  return out;
}

/** The first chunk of the section after the one `index` is in, or null at the last section. */
export function nextSectionStart(chunks: readonly NarrationChunk[], index: number): number | null {
  const section = chunks[index]?.section;
  if (section === undefined) return null;
  const next = chunks.find((c) => c.index > index && c.section > section);
  return next ? next.index : null;
}
