import { describe, expect, it } from 'vitest';
import { rowAt } from '../../../src/features/planner/use-reorder.ts';

describe('rowAt (the row under a dragged stop)', () => {
  const rows = [0, 1, 2].map((k) => ({ top: 100 + k * 50, bottom: 150 + k * 50 }));
  it('is the row the pointer is inside, else the nearest one', () => {
    expect(rowAt(120, rows)).toBe(0);
    expect(rowAt(175, rows)).toBe(1);
    expect(rowAt(249, rows)).toBe(2);
    expect(rowAt(10, rows)).toBe(0);
    expect(rowAt(900, rows)).toBe(2);
    expect(rowAt(10, [])).toBe(-1);
  });
});
