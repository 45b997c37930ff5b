import { describe, expect, it } from 'vitest';
import { buildNetwork, type RoadLine } from '../../../scripts/routing/network.ts';

// About 0.0001° ≈ 10 m at this latitude.
const line = (coords: [number, number][], kind: RoadLine['kind'] = 'road'): RoadLine => ({ coords, kind });
const opts = { joinM: 30, bridgeM: 400, minIslandKm: 0 };

describe('buildNetwork', () => {
  it('joins an end that stops short of another line (within the tolerance) into a junction', () => {
    const net = buildNetwork(
      [line([[105.5, 21.7], [105.52, 21.7]]), line([[105.51, 21.7002], [105.51, 21.72]])], // 22 m short
      opts,
    );
    expect(net.report.components).toBe(1);
    expect(net.report.endsJoined).toBeGreaterThanOrEqual(1);
    expect(net.edges.length).toBe(3); // the first line is cut where the second now meets it
    expect(net.report.joinGaps.maxM).toBeGreaterThan(15);
  });

  it('splits two lines at their crossing', () => {
    const net = buildNetwork([line([[105.5, 21.7], [105.52, 21.7]]), line([[105.51, 21.69], [105.51, 21.71]])], opts);
    expect(net.report.crossingsSplit).toBe(1);
    expect(net.edges.length).toBe(4);
    expect(net.nodes.length).toBe(5);
  });

  it('bridges a dead end to another piece up to bridgeM away, and reports it', () => {
    const net = buildNetwork([line([[105.5, 21.7], [105.52, 21.7]]), line([[105.5225, 21.7], [105.54, 21.7]])], opts); // ~260 m gap
    expect(net.report.bridgedGaps.count).toBe(1);
    expect(net.report.bridgedGaps.maxM).toBeGreaterThan(200);
    expect(net.report.components).toBe(1);
    expect(net.edges.some((e) => e.kind === 'gap')).toBe(true);
  });

  it('drops islands shorter than minIslandKm and counts them', () => {
    const net = buildNetwork(
      [line([[105.5, 21.7], [105.6, 21.7]]), line([[105.8, 21.9], [105.801, 21.9]])], // 10 km road, 100 m island
      { ...opts, minIslandKm: 1 },
    );
    expect(net.report.islandsDropped.count).toBe(1);
    expect(net.report.components).toBe(1);
    expect(net.report.largestComponentShare).toBe(1);
  });

  it('merges a chain of pieces joined end to end into one edge', () => {
    const net = buildNetwork(
      [line([[105.5, 21.7], [105.51, 21.7]]), line([[105.51, 21.7], [105.52, 21.7]]), line([[105.52, 21.7], [105.53, 21.7]])],
      opts,
    );
    expect(net.edges.length).toBe(1);
    expect(net.edges[0]!.lengthM).toBeGreaterThan(3000);
  });
});
