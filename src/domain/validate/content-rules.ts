/**
 * Truth-in-content rules that the schemas cannot express field by field: honest ranks for the components of the
 * ATK relic, position labels that say where a coordinate came from, and no district written as if it still existed.
 */
import type { Route } from '../schema/route.ts';
import type { SiteFeature } from '../schema/site.ts';
import type { Story } from '../schema/story.ts';
import { currentTenseMessage, findCurrentTenseDistricts } from './former-units.ts';
import type { Problem } from './problem.ts';
import { parseDecision } from '../format-place.ts';

/** A source titled as a program file, not a text about the site (e.g. "…/util/putdata.java"). */
const CODE_FILE = /[\w-]\.(?:java|kt|js|ts|py|swift)\b/i;

/** Rules on one site's rank, position label and sources. Paths are relative to the feature. */
export function siteRuleProblems(file: string, site: SiteFeature): Problem[] {
  const p = site.properties;
  const out: Problem[] = [];
  const at = (path: string, message: string) => out.push({ file, feature: site.id, path, message });
  if (p.rank.atkComponent === true && p.rank.level === 'special-national' && p.rank.decision === undefined) {
    at(
      'properties.rank.level',
      'a component of the ATK relic is not itself "special-national" unless a decision for it is cited in rank.decision; ' +
        'give its own ranking (or "unknown") and keep rank.atkComponent: true',
    );
  }
  if (p.rank.decision !== undefined && parseDecision(p.rank.decision).kind === 'other') {
    at(
      'properties.rank.decision',
      'write the decision as "<number>, dd/mm/yyyy" (e.g. "35/QĐ-BVHTTDL, 07/01/2020") or "Quyết định của Thủ tướng Chính phủ ' +
        'ngày dd/mm/yyyy", so the site panel can say it in both languages',
    );
  }
  if (p.location.confidence === 'unofficial-dataset' && p.location.origin === undefined) {
    at('properties.location.origin', 'confidence "unofficial-dataset" needs location.origin: say which dataset the point came from');
  }
  p.sources.forEach((s, i) => {
    if (CODE_FILE.test(s.title)) {
      at(
        `properties.sources[${i}]`,
        'a program file is not a source for the site; name the dataset a coordinate came from in location.origin',
      );
    }
  });
  return out;
}

/** Every `{vi, en}` text under `value`, with its dotted path. */
function* localizedTexts(value: unknown, path: string): Generator<{ path: string; lang: 'vi' | 'en'; text: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* localizedTexts(value[i], `${path}[${i}]`);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if ((key === 'vi' || key === 'en') && typeof child === 'string') yield { path: childPath, lang: key, text: child };
    else yield* localizedTexts(child, childPath);
  }
}

/** Districts written as current in any `{vi, en}` text under `value` (sites, routes, story modes). */
export function textRuleProblems(file: string, feature: string, value: unknown, prefix: string): Problem[] {
  const out: Problem[] = [];
  for (const t of localizedTexts(value, prefix)) {
    const found = findCurrentTenseDistricts(t.text, t.lang);
    if (found.length > 0) out.push({ file, feature, path: t.path, message: currentTenseMessage(found, t.lang) });
  }
  return out;
}

export interface ContentForRules {
  sitesFile: string;
  sites: readonly SiteFeature[];
  routesFile: string;
  routes: readonly Route[];
  stories: readonly Story[];
}

/** Rule problems of the validated sites, routes and stories (story modes are checked where their file is known). */
export function contentRuleProblems(c: ContentForRules): Problem[] {
  const out: Problem[] = [];
  for (const site of c.sites) {
    out.push(...siteRuleProblems(c.sitesFile, site));
    out.push(...textRuleProblems(c.sitesFile, site.id, site.properties, 'properties'));
  }
  for (const route of c.routes) out.push(...textRuleProblems(c.routesFile, route.id, route, ''));
  for (const story of c.stories) {
    const file = `data/stories/${story.siteId}.${story.lang}.md`;
    for (const [path, text] of [['frontMatter.title', story.frontMatter.title], ['body', story.body]] as const) {
      const found = findCurrentTenseDistricts(text, story.lang);
      if (found.length > 0) out.push({ file, feature: story.siteId, path, message: currentTenseMessage(found, story.lang) });
    }
  }
  return out;
}
