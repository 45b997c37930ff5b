import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOnePoint, pointStacks } from '../../../src/domain/explore/shared-points.ts';
import { toMapFeatures } from '../../../src/domain/map-features.ts';
import { SiteFeatureSchema } from '../../../src/domain/schema/site.ts';
import { labelStacks } from '../../../src/map/stack-labels.ts';
import { makeSite } from './factories.ts';

describe('pointStacks / isOnePoint', () => {
  it('stacks sites a few metres apart, keeps sites 100 m apart separate, in input order', () => {
    const pts = [
      { id: 'a', coordinates: [105.5086, 21.7882] as const },
      { id: 'b', coordinates: [105.508607, 21.788216] as const }, // ~2 m
      { id: 'far', coordinates: [105.5096, 21.7882] as const }, // ~100 m
      { id: 'c', coordinates: [105.5086, 21.7882] as const },
      { id: 'alone', coordinates: [105.6, 21.9] as const },
    ];
    expect(pointStacks(pts)).toEqual([['a', 'b', 'c']]);
    expect(isOnePoint(pts.slice(0, 2).map((p) => p.coordinates))).toBe(true);
    expect(isOnePoint(pts.slice(0, 3).map((p) => p.coordinates))).toBe(false);
    expect(isOnePoint([])).toBe(false);
  });

  it('labels the first site of a stack "name +N" and leaves the others unlabelled', () => {
    const sites = [
      makeSite({ id: 'atk', nameVi: 'ATK', nameEn: 'ATK', at: [105.508607, 21.788216] }),
      makeSite({ id: 'x', at: [105.5086, 21.7882] }),
      makeSite({ id: 'y', at: [105.5086, 21.7882] }),
      makeSite({ id: 'z', at: [105.7, 21.7] }),
    ];
    const { data, stackOf } = labelStacks(toMapFeatures(sites));
    expect(data.features.map((f) => f.properties.label_vi)).toEqual(['ATK +2', '', '', 'Di tích z']);
    expect(data.features[0]?.properties.label_en).toBe('ATK +2');
    expect(stackOf.get('y')).toEqual(['atk', 'x', 'y']);
    expect(stackOf.has('z')).toBe(false);
  });
});

describe('the real sites', () => {
  const root = join(import.meta.dirname, '../../..');
  const raw = JSON.parse(readFileSync(join(root, 'data/sites.geojson'), 'utf8')) as { features: unknown[] };
  const sites = raw.features.map((f) => SiteFeatureSchema.parse(f));

  it('the ATK point holds five sites, labelled from ATK Định Hóa; the Điềm Mặc point six', () => {
    const { data, stackOf } = labelStacks(toMapFeatures(sites));
    const atk = stackOf.get('atk-dinh-hoa');
    expect(atk?.[0]).toBe('atk-dinh-hoa');
    expect(atk).toHaveLength(5);
    expect(atk).toEqual(expect.arrayContaining(['tin-keo', 'nha-trung-bay-atk-dinh-hoa', 'nha-tuong-niem-ho-chi-minh-deo-de', 'doi-phong-tuong-pu-don']));
    expect(data.features.find((f) => f.id === 'atk-dinh-hoa')?.properties.label_vi).toMatch(/ \+4$/);
    expect(stackOf.get('doi-khau-ty')).toHaveLength(6);
  });

  it('each site carries its commune since 2025 in the UI\'s language (the second line of its name at close zoom)', () => {
    const en = (unit: string) => unit.replace(/^xã (.+)$/, '$1 commune').replace(/^phường (.+)$/, '$1 ward');
    const vi = labelStacks(toMapFeatures(sites, (unit) => unit)).data;
    const english = labelStacks(toMapFeatures(sites, en)).data;
    const communes = (id: string) => [vi, english].map((d) => d.features.find((f) => f.id === id)?.properties.commune);
    // The five on the ATK point share xã Phú Đình, so their cluster can say it; so do the six of old Điềm Mặc.
    for (const id of ['atk-dinh-hoa', 'tin-keo', 'doi-phong-tuong-pu-don', 'doi-khau-ty']) {
      expect(communes(id), id).toEqual(['xã Phú Đình', 'Phú Đình commune']);
    }
    expect(communes('bao-tang-llvt-viet-bac')[0]).toBe('phường Phan Đình Phùng');
    // Where the data leaves the unit uncertain, no line at all.
    const uncertain = sites.filter((s) => s.geometry !== null && s.properties.place.communeAfter2025Confidence === 'uncertain');
    expect(uncertain.length).toBeGreaterThan(0);
    for (const s of uncertain) expect(communes(s.id), s.id).toEqual(['', '']);
    // Without the words (the domain alone), nothing is made up.
    expect(toMapFeatures(sites).features.every((f) => f.properties.commune === '')).toBe(true);
  });
});

describe('labelStacks with quiet sites (issue 18 item 8: a plan stop is named once)', () => {
  const sites = [
    makeSite({ id: 'atk', nameVi: 'ATK', nameEn: 'ATK', at: [105.508607, 21.788216] }),
    makeSite({ id: 'x', at: [105.5086, 21.7882] }),
    makeSite({ id: 'z', at: [105.7, 21.7] }),
  ];

  it('every site of a stack carries the stack label for its cluster; the head goes first', () => {
    const { data } = labelStacks(toMapFeatures(sites));
    expect(data.features.map((f) => f.properties.stack_vi)).toEqual(['ATK +1', 'ATK +1', '']);
    const ranks = data.features.map((f) => f.properties.labelRank);
    expect(ranks[0]).toBeLessThan(Math.min(ranks[1] as number, ranks[2] as number));
  });

  it('leaves out the label of a quiet site, and of a stack it heads, but not of a stack it only belongs to', () => {
    const headQuiet = labelStacks(toMapFeatures(sites), new Set(['atk', 'z'])).data.features;
    expect(headQuiet.map((f) => [f.properties.label_vi, f.properties.stack_vi])).toEqual([['', ''], ['', ''], ['', '']]);
    const memberQuiet = labelStacks(toMapFeatures(sites), new Set(['x'])).data.features;
    expect(memberQuiet.map((f) => f.properties.label_vi)).toEqual(['ATK +1', '', 'Di tích z']);
    expect(memberQuiet[1]?.properties.stack_vi).toBe('ATK +1');
  });
});
