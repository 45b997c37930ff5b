import type { SiteFeature } from '../domain/schema/site.ts';
import { formatProblem } from '../domain/validate/problem.ts';
import { validateSites } from '../domain/validate/validate-sites.ts';

export type LoadResult<T> = { ok: true; value: T } | { ok: false; file: string; message: string };

export const SITES_URL = 'content/sites.geojson';

/** Fetch a content file relative to the app's base URL, as text; any failure becomes a message, not a throw. */
export async function fetchContentText(path: string, fetchFn: typeof fetch = fetch): Promise<LoadResult<string>> {
  try {
    const res = await fetchFn(new URL(path, document.baseURI).href);
    if (!res.ok) return { ok: false, file: path, message: `HTTP ${res.status}` };
    return { ok: true, value: await res.text() };
  } catch (e) {
    return { ok: false, file: path, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Load and validate the sites at run time with the same schema as the build. */
export async function loadSites(fetchFn: typeof fetch = fetch): Promise<LoadResult<SiteFeature[]>> {
  const text = await fetchContentText(SITES_URL, fetchFn);
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch (e) {
    return { ok: false, file: SITES_URL, message: `invalid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const { sites, problems } = validateSites(SITES_URL, json);
  const first = problems[0];
  if (first !== undefined) {
    const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
    return { ok: false, file: SITES_URL, message: formatProblem(first) + more };
  }
  return { ok: true, value: sites };
}
