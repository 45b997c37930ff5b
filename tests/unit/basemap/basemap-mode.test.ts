import { describe, expect, it } from 'vitest';
import { drawsDerivedLakeShores } from '../../../src/domain/basemap/attribution.ts';
import { embeddedBasemapMode } from '../../../src/map/basemap-mode.ts';

describe('the attribution\'s words on lake shores follow what the basemap was built from', () => {
  it('reads the build\'s mode, and nothing else', () => {
    expect(['geodata', 'osm', 'fallback'].map((m) => embeddedBasemapMode(m))).toEqual(['geodata', 'osm', 'fallback']);
    for (const v of [undefined, '', 'OSM', 42, null]) expect(embeddedBasemapMode(v)).toBeUndefined();
  });

  it('says shores are derived only for a build from the geodata (an OSM extract maps its lakes)', () => {
    expect(drawsDerivedLakeShores('geodata')).toBe(true);
    expect(drawsDerivedLakeShores('osm')).toBe(false);
    expect(drawsDerivedLakeShores('fallback')).toBe(false);
    expect(drawsDerivedLakeShores(undefined)).toBe(false);
  });
});
