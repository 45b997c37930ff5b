import { describe, expect, it } from 'vitest';
import { applyWrites, initialPlan, PLAN_PREVIOUS_KEY, withPlanParam } from '../../../src/features/planner/use-plan.ts';
import { encodePlan } from '../../../src/domain/plan/plan-url.ts';
import { PLAN_CORRUPT_KEY, PLAN_STORAGE_KEY, serializeStoredPlan } from '../../../src/domain/plan/plan-storage.ts';
import { makePlan } from './factories.ts';

class MemoryStore {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const ids = ['den-duom', 'tin-keo', 'atk-dinh-hoa'];
const stored = makePlan({ stops: [{ site: 'tin-keo', minutes: 45 }] });
const linked = makePlan({ startTime: '06:30', stops: [{ site: 'den-duom', minutes: 30 }, { site: 'atk-dinh-hoa', minutes: 60 }] });

describe('the plan at start-up', () => {
  it('reads the stored plan when the address has none', () => {
    const store = new MemoryStore();
    store.setItem(PLAN_STORAGE_KEY, serializeStoredPlan(stored));
    expect(initialPlan('?site=den-duom', ids, store)).toEqual({ plan: stored, notices: [], fromLink: false, date: null, writes: [] });
  });

  it('sets a corrupt stored entry aside with a notice, never throws', () => {
    for (const raw of ['{not json', '{"v":2}', JSON.stringify({ ...stored, stops: [{ site: 'tin-keo', minutes: -1 }] })]) {
      const store = new MemoryStore();
      store.setItem(PLAN_STORAGE_KEY, raw);
      const r = initialPlan('', ids, store);
      expect(r.plan.stops).toEqual([]);
      expect(r.notices).toEqual([{ kind: 'corrupt-storage' }]);
      // Reading is pure (React may run it twice); the set-aside happens once, after mount.
      expect(initialPlan('', ids, store).notices).toEqual([{ kind: 'corrupt-storage' }]);
      applyWrites(r.writes, store);
      expect(store.getItem(PLAN_CORRUPT_KEY)).toBe(raw);
      expect(store.getItem(PLAN_STORAGE_KEY)).toBeNull();
    }
  });

  it('opens a valid plan link and keeps the teacher’s own plan aside to bring back', () => {
    const store = new MemoryStore();
    store.setItem(PLAN_STORAGE_KEY, serializeStoredPlan(stored));
    const r = initialPlan(`?lang=en&plan=${encodePlan(linked)}`, ids, store);
    expect(r.plan).toEqual(linked);
    expect(r.fromLink).toBe(true);
    expect(r.notices).toEqual([{ kind: 'from-link', canRestore: true }]);
    applyWrites(r.writes, store);
    expect(JSON.parse(store.getItem(PLAN_PREVIOUS_KEY) ?? 'null')).toEqual(stored);
  });

  it('opens a link with an unknown stop without it, says which position was dropped, and takes the trip date', () => {
    const withGhost = encodePlan(linked).replace(/\.([^.]+)$/, (_m, stops: string) => `.${stops.split('_')[0]}_zzzz-45_${stops.split('_')[1]}`);
    const r = initialPlan(`?plan=${withGhost}&date=2026-12-21`, ids, null);
    expect(r.plan).toEqual(linked);
    expect(r.notices).toEqual([{ kind: 'from-link', canRestore: false }, { kind: 'dropped-stops', positions: [2] }]);
    expect(r.date).toBe('2026-12-21');
    expect(initialPlan(`?plan=${encodePlan(linked)}&date=2026-02-30`, ids, null).date).toBeNull();
  });

  it('writes the trip date beside the plan, and neither for an empty plan', () => {
    expect(withPlanParam('?site=den-duom', linked, '2026-12-21')).toBe(`?site=den-duom&plan=${encodePlan(linked)}&date=2026-12-21`);
    expect(withPlanParam(`?plan=${encodePlan(linked)}&date=2026-12-21`, makePlan(), '2026-12-21')).toBe('');
  });

  it('shows a message for a broken link and falls back to the stored plan', () => {
    const store = new MemoryStore();
    store.setItem(PLAN_STORAGE_KEY, serializeStoredPlan(stored));
    for (const bad of ['1.c.0700.zzzz-30', 'garbage', '9.c.0700.', '1.c.2500.']) {
      const r = initialPlan(`?plan=${bad}`, ids, store);
      expect(r.plan).toEqual(stored);
      expect(r.notices[0]?.kind).toBe('bad-link');
    }
  });

  it('works with no storage at all (disabled by the browser)', () => {
    expect(initialPlan(`?plan=${encodePlan(linked)}`, ids, null).plan).toEqual(linked);
    expect(initialPlan('', ids, null).plan.stops).toEqual([]);
  });
});

describe('the plan in the address', () => {
  it('writes only the plan key and keeps the others; an empty plan removes it', () => {
    const s = withPlanParam('?site=den-duom&lang=en&story=x', linked);
    const p = new URLSearchParams(s);
    expect(p.get('plan')).toBe(encodePlan(linked));
    expect(p.get('site')).toBe('den-duom');
    expect(p.get('lang')).toBe('en');
    expect(p.get('story')).toBe('x');
    expect(withPlanParam(s, makePlan())).toBe('?site=den-duom&lang=en&story=x');
  });
});
