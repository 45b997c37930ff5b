import { describe, expect, it } from 'vitest';
import {
  bestField,
  combine,
  phraseTier,
  PHRASE_TIER,
  toneAgreement,
  tonedText,
  tonedWords,
  topK,
  type Hit,
  type Ranked,
} from '../../../src/domain/explore/search-rank.ts';

const hits = (entries: [string, number, number][]): Map<string, Hit> =>
  new Map(entries.map(([id, score, fields]) => [id, { score, fields }]));

describe('combine', () => {
  const a = hits([
    ['x', 1, 0b001],
    ['y', 2, 0b010],
  ]);
  const b = hits([
    ['y', 3, 0b110],
    ['z', 4, 0b100],
  ]);

  it('AND keeps documents found for every word, summing scores', () => {
    expect(combine([a, b], 'AND')).toEqual(new Map([['y', { score: 5, every: 0b010, some: 0b110 }]]));
  });

  it('OR keeps all, with no common field for a document a word missed', () => {
    expect(combine([a, b], 'OR')).toEqual(
      new Map([
        ['x', { score: 1, every: 0, some: 0b001 }],
        ['y', { score: 5, every: 0b010, some: 0b110 }],
        ['z', { score: 4, every: 0, some: 0b100 }],
      ]),
    );
  });

  it('handles no words', () => {
    expect(combine([], 'AND').size).toBe(0);
    expect(combine([], 'OR').size).toBe(0);
  });
});

describe('bestField', () => {
  it('picks the first listed field whose bit is set', () => {
    expect(bestField(['name', 'alias', 'story'], 0b110, 'story')).toBe('alias');
    expect(bestField(['name', 'alias', 'story'], 0, 'story')).toBe('story');
  });
});

describe('topK', () => {
  const ranked = (scores: [string, number][]): Map<string, Ranked> =>
    new Map(scores.map(([id, score]) => [id, { score, every: 0, some: 0 }]));
  const order = new Map(['a', 'b', 'c', 'd', 'e'].map((id, i) => [id, i]));

  it('returns the best entries in score order, ties in input order', () => {
    const m = ranked([
      ['d', 1],
      ['b', 3],
      ['e', 3],
      ['a', 2],
      ['c', 5],
    ]);
    expect(topK(m, 3, order).map(([id]) => id)).toEqual(['c', 'b', 'e']);
    expect(topK(m, 10, order).map(([id]) => id)).toEqual(['c', 'b', 'e', 'a', 'd']);
    expect(topK(m, 0, order)).toEqual([]);
  });

  it('agrees with a full sort on random input', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `s${i}`);
    const ord = new Map(ids.map((id, i) => [id, i]));
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) % 50) / 7;
    const m = ranked(ids.map((id) => [id, rnd()]));
    const full = [...m].sort((x, y) => y[1].score - x[1].score || ord.get(x[0])! - ord.get(y[0])!).slice(0, 25);
    expect(topK(m, 25, ord)).toEqual(full);
  });
});

describe('tones', () => {
  it('tonedText puts each tone first as a digit, keeps vowel marks, lowercases, accepts NFD', () => {
    expect(tonedText('Phú  Đình, ĐỊNH Hồ'.normalize('NFD'))).toBe(' 1phu 2đinh 5đinh 2hô ');
    expect(tonedText('Bắc Kạn 1917')).toBe(' 1băc 5kan 1917 ');
  });

  it('treats both tone placements alike (Hóa / Hoá)', () => {
    expect(tonedText('Hóa')).toBe(tonedText('Hoá'));
    expect(tonedText('Thủy')).toBe(tonedText('Thuỷ'));
  });

  it('tonedWords keeps only words written with diacritics', () => {
    expect(tonedWords('Đình Bao dinh Bảo')).toEqual(['2đinh', '3bao']);
    expect(tonedWords('DIEN BIEN 1954')).toEqual([]);
  });

  it('toneAgreement is the share of toned words beginning a word spelled exactly so', () => {
    const doc = tonedText('Phú Đình, Định Hóa');
    const agree = (q: string) => toneAgreement(doc, tonedWords(q));
    expect(agree('Đình')).toBe(1);
    expect(agree('Định')).toBe(1);
    expect(agree('Đinh')).toBe(0);
    expect(agree('Đình Hòa')).toBe(0.5);
    expect(agree('Hoá')).toBe(1); // the other tone placement
    expect(agree('Hó')).toBe(1); // a word being typed
    expect(agree('dinh hoa')).toBe(0);
  });
});

describe('phraseTier', () => {
  const deoDe = [['nha', 'tuong', 'niem', 'bac', 'ho'], ['deo', 'de']];
  it('tells a whole name, its beginning, a run inside it and scattered words apart', () => {
    expect(phraseTier(['deo', 'de'], deoDe)).toBe(PHRASE_TIER.whole);
    expect(phraseTier(['nha', 'tuong'], deoDe)).toBe(PHRASE_TIER.start);
    expect(phraseTier(['bac', 'ho'], deoDe)).toBe(PHRASE_TIER.inside);
    expect(phraseTier(['bac', 'h'], deoDe)).toBe(PHRASE_TIER.inside); // the last word is being typed
    expect(phraseTier(['ba', 'ho'], deoDe)).toBe(PHRASE_TIER.none); // only the last word may be a prefix
    expect(phraseTier(['ho', 'bac'], deoDe)).toBe(PHRASE_TIER.none);
    expect(phraseTier(['nha', 'ho'], deoDe)).toBe(PHRASE_TIER.none);
  });
  it('gives a single word a tier only when it is a whole name or alias', () => {
    expect(phraseTier(['atk'], [['atk', 'dinh', 'hoa'], ['atk']])).toBe(PHRASE_TIER.whole);
    expect(phraseTier(['atk'], [['atk', 'dinh', 'hoa']])).toBe(PHRASE_TIER.none);
    expect(phraseTier([], deoDe)).toBe(PHRASE_TIER.none);
  });
});

describe('topK with phrase tiers', () => {
  it('ranks a higher tier first whatever the score', () => {
    const hits = new Map([
      ['a', { score: 50, every: 1, some: 1 }],
      ['b', { score: 5, every: 1, some: 1, tier: 1 }],
    ]);
    expect(topK(hits, 2, new Map()).map(([id]) => id)).toEqual(['b', 'a']);
  });
});
