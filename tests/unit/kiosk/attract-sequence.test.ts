import { describe, expect, it } from 'vitest';
import { FIRST_STEP, nextStep, type AttractStep } from '../../../src/features/kiosk/attract-sequence.ts';

function tour(count: number, quizEvery: number, steps: number): string[] {
  const out: string[] = [];
  let s: AttractStep = FIRST_STEP;
  for (let i = 0; i < steps; i++) {
    out.push(`${s.kind === 'quiz' ? 'quiz' : 'site'}${s.site}`);
    s = nextStep(s, count, quizEvery);
  }
  return out;
}

describe('attract loop order', () => {
  it('a quiz card about the site just shown after every quizEvery site cards, across the wrap-around', () => {
    expect(tour(4, 3, 12)).toEqual(['site0', 'site1', 'site2', 'quiz2', 'site3', 'site0', 'site1', 'quiz1', 'site2', 'site3', 'site0', 'quiz0']);
  });
  it('quizEvery 1: a quiz after every site; 0: no quiz at all', () => {
    expect(tour(2, 1, 5)).toEqual(['site0', 'quiz0', 'site1', 'quiz1', 'site0']);
    expect(tour(2, 0, 4)).toEqual(['site0', 'site1', 'site0', 'site1']);
  });
  it('one site, or none', () => {
    expect(tour(1, 2, 5)).toEqual(['site0', 'site0', 'quiz0', 'site0', 'site0']);
    expect(nextStep({ kind: 'site', site: 3, sitesShown: 9 }, 0, 3)).toEqual(FIRST_STEP);
  });
});
