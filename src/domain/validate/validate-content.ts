import type { SiteFeature } from '../schema/site.ts';
import { parseJsonFile } from './decode.ts';
import type { Problem } from './problem.ts';
import { validateSites } from './validate-sites.ts';
import { validateRoutes } from './validate-routes.ts';
import { validateStories } from './validate-stories.ts';
import type { Route } from '../schema/route.ts';
import type { Story } from '../schema/story.ts';
import type { StoryMode } from '../schema/story-mode.ts';
import { validateStoryModes } from './validate-story-modes.ts';
import { validateQuizzes } from './validate-quizzes.ts';
import type { SiteQuiz } from '../quiz/quiz-schema.ts';
import { contentRuleProblems } from './content-rules.ts';
import { validateAudio, type AudioEntry } from './validate-audio.ts';
import { validatePhotos, type PhotoEntry } from './validate-photos.ts';

/** The content folder as bytes by relative path ("data/sites.geojson", "data/stories/x.vi.md", …). */
export type ContentFiles = ReadonlyMap<string, Uint8Array>;

export interface ValidContent {
  sites: SiteFeature[];
  routes: Route[];
  stories: Story[];
  storyModes: StoryMode[];
  quizzes: SiteQuiz[];
  /** Recordings whose name, sidecar and size passed (format and duration: scripts/lib/probe-audio.ts). */
  audio: AudioEntry[];
  /** Photos whose name, sidecar, size and first bytes passed (decoded whole by scripts/lib/photo-files.ts). */
  photos: PhotoEntry[];
}

export interface ContentResult {
  content: ValidContent;
  problems: Problem[];
}

export const SITES_FILE = 'data/sites.geojson';
export const ROUTES_FILE = 'data/routes.json';

/**
 * Validate every content file and the references between them. Pure: the caller reads the files.
 * Reports every problem it can find, never only the first, and never throws on bad input.
 */
export function validateContent(files: ContentFiles): ContentResult {
  const problems: Problem[] = [];
  const sitesBytes = files.get(SITES_FILE);
  let sites: SiteFeature[] = [];
  if (sitesBytes === undefined) {
    problems.push({ file: SITES_FILE, path: '', message: 'file is missing' });
  } else {
    const parsed = parseJsonFile(SITES_FILE, sitesBytes);
    if (!parsed.ok) problems.push(parsed.problem);
    else {
      const result = validateSites(SITES_FILE, parsed.value);
      sites = result.sites;
      problems.push(...result.problems);
    }
  }
  let routes: Route[] = [];
  const routesBytes = files.get(ROUTES_FILE);
  if (routesBytes !== undefined) {
    const parsed = parseJsonFile(ROUTES_FILE, routesBytes);
    if (!parsed.ok) problems.push(parsed.problem);
    else {
      const result = validateRoutes(ROUTES_FILE, parsed.value, sites);
      routes = result.routes;
      problems.push(...result.problems);
    }
  }
  const { stories, problems: storyProblems } = validateStories(files, sites);
  problems.push(...storyProblems);
  const { storyModes, problems: modeProblems } = validateStoryModes(files, sites);
  problems.push(...modeProblems);
  const { quizzes, problems: quizProblems } = validateQuizzes(files, sites, stories, routes);
  problems.push(...quizProblems);
  const { audio, problems: audioProblems } = validateAudio(files, sites, stories);
  problems.push(...audioProblems);
  const { photos, problems: photoProblems } = validatePhotos(files, sites);
  problems.push(...photoProblems);
  problems.push(...contentRuleProblems({ sitesFile: SITES_FILE, sites, routesFile: ROUTES_FILE, routes, stories }));
  for (const name of files.keys()) {
    if (!isKnownContentFile(name)) {
      problems.push({ file: name, path: '', message: 'unexpected file in data/ (not a known content file)' });
    }
  }
  return { content: { sites, routes, stories, storyModes, quizzes, audio, photos }, problems };
}

function isKnownContentFile(name: string): boolean {
  return (
    name === SITES_FILE ||
    name === 'data/routes.json' ||
    /^data\/stories\/[^/]+\.md$/.test(name) ||
    /^data\/story-mode\/[^/]+\.json$/.test(name) ||
    /^data\/quizzes\/[^/]+$/.test(name) ||
    /^data\/images\//.test(name) ||
    /^data\/audio\//.test(name) ||
    /(^|\/)README\.md$/.test(name)
  );
}
