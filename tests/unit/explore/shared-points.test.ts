import { describe, expect, it } from 'vitest';
import { groupByPosition, positionKey, sitesAtSamePoint } from '../../../src/domain/explore/shared-points.ts';
import { makeSite, sampleSites } from './factories.ts';

describe('groupByPosition', () => {
  it('groups only sites sharing an identical point', () => {
    const groups = groupByPosition(sampleSites());
    expect(groups).toEqual(new Map([['105.6,21.9', ['tin-keo', 'deo-de']]]));
  });

  it('does not merge points that merely look close', () => {
    const sites = [
      makeSite({ id: 'a', at: [105.6, 21.9] }),
      makeSite({ id: 'b', at: [105.6000001, 21.9] }),
      makeSite({ id: 'c', at: [105.6, 21.9] }),
      makeSite({ id: 'd', at: null }),
      makeSite({ id: 'e', at: null }),
    ];
    expect(groupByPosition(sites)).toEqual(new Map([['105.6,21.9', ['a', 'c']]]));
  });

  it('uses "lon,lat" keys', () => {
    expect(positionKey([105.64, 21.91])).toBe('105.64,21.91');
  });
});

describe('sitesAtSamePoint', () => {
  const sites = sampleSites();

  it('lists the other sites at the same point', () => {
    expect(sitesAtSamePoint(sites, 'tin-keo')).toEqual(['deo-de']);
    expect(sitesAtSamePoint(sites, 'deo-de')).toEqual(['tin-keo']);
  });

  it('is empty for a lone, unlocated or unknown site', () => {
    expect(sitesAtSamePoint(sites, 'atk-dinh-hoa')).toEqual([]);
    expect(sitesAtSamePoint(sites, 'khong-ro')).toEqual([]);
    expect(sitesAtSamePoint(sites, 'no-such-site')).toEqual([]);
  });
});
