import { RoutesFileSchema, checkRouteReferences, type Route } from '../schema/route.ts';
import type { SiteFeature } from '../schema/site.ts';
import { pathToString, type Problem } from './problem.ts';

/** A problem inside routes.json, attributed to its route (by id when readable) rather than to the file root. */
function routeProblem(file: string, value: unknown, path: ReadonlyArray<PropertyKey>, message: string): Problem {
  if (path[0] === 'routes' && typeof path[1] === 'number') {
    const routes = (value as { routes?: unknown[] } | null)?.routes;
    const raw = Array.isArray(routes) ? routes[path[1]] : undefined;
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : `#${path[1]}`;
    return { file, feature: id, path: pathToString(path.slice(2)), message };
  }
  return { file, path: pathToString(path), message };
}

export function validateRoutes(file: string, value: unknown, sites: readonly SiteFeature[]): { routes: Route[]; problems: Problem[] } {
  const parsed = RoutesFileSchema.safeParse(value);
  if (!parsed.success) {
    return { routes: [], problems: parsed.error.issues.map((i) => routeProblem(file, value, i.path, i.message)) };
  }
  const problems = checkRouteReferences(parsed.data.routes, sites).map((p) => routeProblem(file, value, p.path, p.message));
  return { routes: parsed.data.routes, problems };
}
