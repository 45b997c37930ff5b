/** Spreadsheet (CSV) import and export of the sites: see docs/content-guide.md for the editor's view. */
export * from './columns.ts';
export * from './coordinates.ts';
export * from './export.ts';
export * from './import.ts';
export * from './messages.ts';

import type { SiteFeature } from '../schema/site.ts';

/** sites.geojson as written by the importer: 2-space JSON, keys in schema order, trailing newline. */
export function serializeSites(sites: readonly SiteFeature[]): string {
  return `${JSON.stringify({ type: 'FeatureCollection', features: sites }, null, 2)}\n`;
}
