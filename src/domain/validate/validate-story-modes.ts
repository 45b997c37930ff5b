import { StoryModeSchema, checkStoryModeTargets, type StoryMode } from '../schema/story-mode.ts';
import type { SiteFeature } from '../schema/site.ts';
import { parseJsonFile } from './decode.ts';
import { pathToString, type Problem } from './problem.ts';
import { textRuleProblems } from './content-rules.ts';

/** Validate every guided narrative in data/story-mode/ and the sites its chapters move to. */
export function validateStoryModes(
  files: ReadonlyMap<string, Uint8Array>,
  sites: readonly SiteFeature[],
): { storyModes: StoryMode[]; problems: Problem[] } {
  const storyModes: StoryMode[] = [];
  const problems: Problem[] = [];
  for (const [file, bytes] of files) {
    if (!/^data\/story-mode\/[^/]+\.json$/.test(file)) continue;
    const parsed = parseJsonFile(file, bytes);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const mode = StoryModeSchema.safeParse(parsed.value);
    if (!mode.success) {
      const id = (parsed.value as { id?: unknown } | null)?.id;
      for (const i of mode.error.issues) {
        problems.push({ file, ...(typeof id === 'string' ? { feature: id } : {}), path: pathToString(i.path), message: i.message });
      }
      continue;
    }
    const refs = checkStoryModeTargets(mode.data, sites);
    for (const r of refs) problems.push({ file, feature: mode.data.id, path: r.path, message: r.message });
    problems.push(...textRuleProblems(file, mode.data.id, mode.data, ''));
    if (refs.length === 0) storyModes.push(mode.data);
  }
  return { storyModes, problems };
}
