import { SiteCollectionSchema, SiteFeatureSchema, type SiteFeature } from '../schema/site.ts';
import { issuesToProblems, type Problem } from './problem.ts';

export interface SitesResult {
  sites: SiteFeature[];
  problems: Problem[];
}

function featureLabel(raw: unknown, index: number): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' && id.length > 0) return id;
  }
  return `#${index}`;
}

/**
 * Validate the parsed sites.geojson: the collection, each feature on its own (so one broken site does not
 * hide the others), unique ids, and the rules the schema cannot see alone.
 */
export function validateSites(file: string, value: unknown): SitesResult {
  const problems: Problem[] = [];
  const collection = SiteCollectionSchema.safeParse(value);
  if (!collection.success) {
    return { sites: [], problems: issuesToProblems(collection.error.issues, file, undefined) };
  }
  const sites: SiteFeature[] = [];
  const seen = new Map<string, number>();
  collection.data.features.forEach((raw, index) => {
    const label = featureLabel(raw, index);
    const parsed = SiteFeatureSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, file, label));
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({ file, feature: label, path: 'id', message: `duplicate id (also feature #${first})` });
      return;
    }
    seen.set(parsed.data.id, index);
    sites.push(parsed.data);
  });
  if (collection.data.features.length === 0) problems.push({ file, path: 'features', message: 'no sites' });
  return { sites, problems };
}
