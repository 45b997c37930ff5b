// The --osm path: a tiny OSM extract (osmium reads .osm XML too) becomes road lines with highway kinds, and a graph.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { provinceBBox } from '../../../scripts/basemap/coverage.ts';
import { graphFileOf } from '../../../scripts/routing/graph-file.ts';
import { kindOfHighway, osmRoads } from '../../../scripts/routing/sources.ts';
import { decodeGraph } from '../../../src/domain/routing/graph-codec.ts';
import { createRouter } from '../../../src/domain/routing/router.ts';

// A trunk road with a tertiary branch near the ATK, a footpath (not routed) and a stream (not a road).
const osmXml = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test">
  <node id="1" version="1" lat="21.800" lon="105.510"/>
  <node id="2" version="1" lat="21.802" lon="105.520"/>
  <node id="3" version="1" lat="21.805" lon="105.530"/>
  <node id="4" version="1" lat="21.820" lon="105.520"/>
  <node id="5" version="1" lat="21.790" lon="105.520"/>
  <node id="6" version="1" lat="21.796" lon="105.528"/>
  <way id="100" version="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="trunk"/><tag k="ref" v="QL.3"/></way>
  <way id="101" version="1"><nd ref="2"/><nd ref="4"/><tag k="highway" v="tertiary"/></way>
  <way id="102" version="1"><nd ref="2"/><nd ref="5"/><tag k="highway" v="footway"/></way>
  <way id="103" version="1"><nd ref="5"/><nd ref="6"/><tag k="waterway" v="stream"/></way>
</osm>`;

const dir = mkdtempSync(join(tmpdir(), 'routing-osm-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('routing from an OSM extract', () => {
  it('maps highway classes to kinds (links as their road, paths not at all)', () => {
    expect(kindOfHighway('trunk_link')).toBe('trunk');
    expect(kindOfHighway('living_street')).toBe('residential');
    expect(kindOfHighway('footway')).toBeNull();
    expect(kindOfHighway('national')).toBeNull();
  });

  it('reads highway ways with osmium and routes over them by class', () => {
    const extract = join(dir, 'tiny.osm');
    writeFileSync(extract, osmXml);
    const lines = osmRoads(extract, provinceBBox);
    expect(lines.map((l) => l.kind).sort()).toEqual(['tertiary', 'trunk']);
    const { file, report } = graphFileOf(lines, 'osm:tiny.osm', [osmXml], { joinM: 30, bridgeM: 400, minIslandKm: 0 });
    expect(report.components).toBe(1);
    expect(report.crossingsSplit).toBe(0); // the branch shares a node with the trunk: a junction, not a crossing
    expect([...file.header.kinds].sort()).toEqual(['tertiary', 'trunk']);
    const decoded = decodeGraph(file);
    if (!decoded.ok) throw new Error(decoded.message);
    const route = createRouter(decoded.graph).route([105.51, 21.8], [105.52, 21.82], 'car');
    expect(route!.kindM.trunk).toBeGreaterThan(900);
    expect(route!.kindM.tertiary).toBeGreaterThan(1900);
  });
});
