import type { Lang } from '../schema/common.ts';

/** The part of a SpeechSynthesisVoice that choosing one needs (tests pass plain objects). */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** "vi-VN", "vi_VN", "VI" → "vi": the primary language subtag, lower case. */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The voice to read text in `lang`: only a voice of that very language (never an English voice for Vietnamese
 * text, which would mangle every word), preferring one on the device (works offline, no data sent out), then the
 * platform's default, then the region that goes with the language (vi-VN, en-GB/en-US).
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: Lang): V | null {
  const matching = voices.filter((v) => primaryLanguage(v.lang) === lang);
  if (matching.length === 0) return null;
  const score = (v: V) => (v.localService ? 4 : 0) + (v.default ? 2 : 0) + (/^(vi-vn|en-gb|en-us)$/i.test(v.lang.replace('_', '-')) ? 1 : 0);
  return [...matching].sort((a, b) => score(b) - score(a))[0] ?? null;
}
