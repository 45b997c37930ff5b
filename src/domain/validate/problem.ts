import type { z } from 'zod/mini';

/** One thing wrong with the content, precise enough for an editor to find and fix it. */
export interface Problem {
  /** Path of the file relative to the data folder's parent, e.g. "data/sites.geojson". */
  file: string;
  /** The feature (site, route, chapter) the problem belongs to, when there is one. */
  feature?: string;
  /** Dotted path of the field inside the feature, e.g. "properties.name.en". */
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.feature !== undefined ? `feature ${p.feature}: ` : '';
  return `${p.file}: ${where}${p.path || '(root)'}: ${p.message}`;
}

export function pathToString(path: ReadonlyArray<PropertyKey>): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[');
}

/** Turn zod issues into problems; `prefix` is the path of the validated value inside its file. */
export function issuesToProblems(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  file: string,
  feature: string | undefined,
  prefix: ReadonlyArray<PropertyKey> = [],
): Problem[] {
  return issues.map((issue) => ({
    file,
    ...(feature !== undefined ? { feature } : {}),
    path: pathToString([...prefix, ...issue.path]),
    message: issue.message,
  }));
}
