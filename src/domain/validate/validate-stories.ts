import { parseStory, type Story } from '../schema/story.ts';
import type { SiteFeature } from '../schema/site.ts';
import { decodeUtf8 } from './decode.ts';
import type { Problem } from './problem.ts';

/** Validate every story file and that it belongs to a known site. */
export function validateStories(
  files: ReadonlyMap<string, Uint8Array>,
  sites: readonly SiteFeature[],
): { stories: Story[]; problems: Problem[] } {
  const known = new Set(sites.map((s) => s.id));
  const stories: Story[] = [];
  const problems: Problem[] = [];
  for (const [file, bytes] of files) {
    if (!/^data\/stories\/[^/]+\.md$/.test(file) || file.endsWith('/README.md')) continue;
    const siteGuess = file.split('/').pop()?.replace(/\.(vi|en)\.md$/, '');
    const decoded = decodeUtf8(file, bytes);
    if (!decoded.ok) {
      problems.push({ ...decoded.problem, ...(siteGuess ? { feature: siteGuess } : {}) });
      continue;
    }
    const parsed = parseStory(decoded.text, file);
    if (!parsed.ok) {
      for (const e of parsed.errors) problems.push({ file, ...(siteGuess ? { feature: siteGuess } : {}), path: e.path, message: e.message });
      continue;
    }
    if (!known.has(parsed.story.siteId)) {
      problems.push({ file, feature: parsed.story.siteId, path: 'fileName', message: `story for a site that does not exist ("${parsed.story.siteId}")` });
      continue;
    }
    stories.push(parsed.story);
  }
  return { stories, problems };
}
