import type { SiteFeature } from '../schema/site.ts';
import { parseJsonFile } from './decode.ts';
import type { Problem } from './problem.ts';
import { validateSites } from './validate-sites.ts';

/** The content folder as bytes by relative path ("data/sites.geojson", "data/stories/x.vi.md", …). */
export type ContentFiles = ReadonlyMap<string, Uint8Array>;

export interface ValidContent {
  sites: SiteFeature[];
}

export interface ContentResult {
  content: ValidContent;
  problems: Problem[];
}

export const SITES_FILE = 'data/sites.geojson';

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
  for (const name of files.keys()) {
    if (!isKnownContentFile(name)) {
      problems.push({ file: name, path: '', message: 'unexpected file in data/ (not a known content file)' });
    }
  }
  return { content: { sites }, problems };
}

function isKnownContentFile(name: string): boolean {
  return (
    name === SITES_FILE ||
    name === 'data/routes.json' ||
    /^data\/stories\/[^/]+\.md$/.test(name) ||
    /^data\/story-mode\/[^/]+\.json$/.test(name) ||
    /^data\/images\//.test(name) ||
    /(^|\/)README\.md$/.test(name)
  );
}
