import './schema/zod-config.ts'; // English messages (and no eval), as for every schema module
import { z } from 'zod/mini';
import type { ValidContent } from './validate/validate-content.ts';

/**
 * Small derived files the build emits beside the content, so the app need not fetch every story at start:
 * which stories exist, and their text for the search index (loaded only when the user searches).
 */
export const ContentIndexSchema = z.strictObject({
  stories: z.record(z.string(), z.array(z.enum(['vi', 'en']))),
  storyModes: z.array(z.strictObject({ id: z.string(), title: z.strictObject({ vi: z.string(), en: z.string() }) })),
});
export type ContentIndex = z.infer<typeof ContentIndexSchema>;

export const SearchTextSchema = z.record(z.string(), z.strictObject({ vi: z.optional(z.string()), en: z.optional(z.string()) }));
export type SearchText = z.infer<typeof SearchTextSchema>;

export function buildContentIndex(content: ValidContent, storyModes: ContentIndex['storyModes'] = []): ContentIndex {
  const stories: Record<string, Array<'vi' | 'en'>> = {};
  for (const s of content.stories) (stories[s.siteId] ??= []).push(s.lang);
  for (const langs of Object.values(stories)) langs.sort().reverse();
  return { stories, storyModes };
}

/** Story bodies per site and language, with Markdown link targets removed (URLs are noise for search). */
export function buildSearchText(content: ValidContent): SearchText {
  const out: SearchText = {};
  for (const s of content.stories) {
    const entry = (out[s.siteId] ??= {});
    entry[s.lang] = s.body.replace(/\]\([^)]*\)/g, ']').replace(/[#*_>`]/g, ' ');
  }
  return out;
}
