import { describe, expect, it } from 'vitest';
import { appReducer, initialState, type AppAction, type AppState } from '../../src/app/store.ts';
import { EMPTY_URL_STATE, type UrlState } from '../../src/domain/url/app-url.ts';
import { emptyFilters } from '../../src/domain/explore/filters.ts';
import { emptyPlan, type Plan } from '../../src/domain/plan/plan.ts';
import { homePlanState, planReducer, type PlanAction, type PlanState } from '../../src/features/planner/plan-state.ts';

const url = (over: Partial<UrlState> = {}): UrlState => ({ ...EMPTY_URL_STATE, filters: emptyFilters(), ...over });
const museum = { ...emptyFilters(), categories: ['museum' as const] };
const planOf = (...sites: string[]): Plan => ({ ...emptyPlan(), stops: sites.map((site) => ({ site, minutes: 30 })) });
const run = (state: AppState, ...actions: AppAction[]) => actions.reduce(appReducer, state);
const plan = (state: PlanState, ...actions: PlanAction[]) => actions.reduce(planReducer, state);

describe('app store: initial state', () => {
  it('comes from the address, Vietnamese by default, the planner at home unless given', () => {
    const s = initialState(url({ site: 'tin-keo', filters: museum, story: { id: 'atk-1947-1954', chapter: 1 } }));
    expect(s).toEqual({
      selectedId: 'tin-keo', lang: 'vi', view: 'map', sort: 'name', filters: museum,
      story: { id: 'atk-1947-1954', chapter: 1 }, plan: homePlanState(), resets: 0,
    });
    const linked = { ...homePlanState(), plan: planOf('den-duom'), open: true };
    expect(initialState(url({ lang: 'en' }), linked)).toMatchObject({ lang: 'en', plan: linked });
  });
});

describe('app store: actions', () => {
  const home = initialState(url());

  it('select and close; the same selection keeps the same state object', () => {
    const s = run(home, { type: 'select', id: 'tin-keo' });
    expect(s.selectedId).toBe('tin-keo');
    expect(appReducer(s, { type: 'select', id: 'tin-keo' })).toBe(s);
    expect(appReducer(s, { type: 'close' }).selectedId).toBeNull();
    expect(appReducer(home, { type: 'close' })).toBe(home);
  });

  it('language, view, sort, filters', () => {
    const s = run(home, { type: 'setLang', lang: 'en' }, { type: 'setView', view: 'list' }, { type: 'setSort', sort: 'district' }, { type: 'setFilters', filters: museum });
    expect(s).toMatchObject({ lang: 'en', view: 'list', sort: 'district', filters: museum });
  });

  it('story: open (chapter 0 unless given), chapter, close; no chapter without a story', () => {
    expect(run(home, { type: 'openStory', id: 'atk-1947-1954' }).story).toEqual({ id: 'atk-1947-1954', chapter: 0 });
    const s = run(home, { type: 'openStory', id: 'atk-1947-1954', chapter: 2 }, { type: 'setChapter', chapter: 3 });
    expect(s.story).toEqual({ id: 'atk-1947-1954', chapter: 3 });
    expect(appReducer(s, { type: 'closeStory' }).story).toBeNull();
    expect(appReducer(home, { type: 'setChapter', chapter: 3 })).toBe(home);
  });

  it('applyUrl (Back/Forward) sets what the address says, opens or closes the planner, keeps the plan', () => {
    const s = run(home, { type: 'plan', action: { type: 'add', site: 'den-duom', minutes: 45 } }, { type: 'setView', view: 'list' });
    const back = appReducer(s, { type: 'applyUrl', url: url({ site: 'tin-keo', lang: 'en', filters: museum }), plannerOpen: true });
    expect(back).toMatchObject({ selectedId: 'tin-keo', lang: 'en', filters: museum, story: null, view: 'list' });
    expect(back.plan.open).toBe(true);
    expect(back.plan.plan).toBe(s.plan.plan);
    expect(appReducer(back, { type: 'applyUrl', url: url() }).plan.open).toBe(true);
    expect(appReducer(back, { type: 'applyUrl', url: url(), plannerOpen: false }).plan.open).toBe(false);
  });

  it('plan actions reach the plan slice; one that changes nothing keeps the same state object', () => {
    const s = run(home, { type: 'plan', action: { type: 'add', site: 'den-duom', minutes: 45 } });
    expect(s.plan.plan.stops).toEqual([{ site: 'den-duom', minutes: 45 }]);
    expect(appReducer(s, { type: 'plan', action: { type: 'add', site: 'den-duom', minutes: 45 } })).toBe(s);
  });

  it('reset returns the home state for the next visitor, in the home language, and keeps the count of resets', () => {
    const visitor = run(
      initialState(url({ site: 'tin-keo' })),
      { type: 'setLang', lang: 'en' }, { type: 'setView', view: 'list' }, { type: 'setSort', sort: 'district' },
      { type: 'setFilters', filters: museum }, { type: 'openStory', id: 'atk-1947-1954', chapter: 2 },
      { type: 'plan', action: { type: 'add', site: 'den-duom', minutes: 45 } },
      { type: 'plan', action: { type: 'setOpen', open: true } }, { type: 'plan', action: { type: 'setDate', date: '2026-12-21' } },
    );
    const once = appReducer(visitor, { type: 'reset', url: url({ lang: 'vi' }) });
    expect(once).toEqual({ ...initialState(url()), resets: 1 });
    expect(once.plan).toEqual(homePlanState());
    const twice = appReducer(run(once, { type: 'select', id: 'tin-keo' }), { type: 'reset', url: url({ lang: 'en' }) });
    expect(twice).toEqual({ ...initialState(url({ lang: 'en' })), resets: 2 });
  });

  it('reset counts even on the home screen (what components keep for a visitor is forgotten on the count), and plan actions keep the count', () => {
    const home = initialState(url());
    const first = appReducer(home, { type: 'reset', url: url() });
    expect(first).not.toBe(home);
    expect(first).toEqual({ ...home, resets: 1 });
    const noticed = { ...homePlanState(), notices: [{ kind: 'corrupt-storage' as const }], previewRoute: 'r1', tab: 'routes' as const };
    const later = run({ ...first, plan: noticed }, { type: 'plan', action: { type: 'setOpen', open: true } }, { type: 'applyUrl', url: url({ site: 'tin-keo' }) });
    expect(later.resets).toBe(1);
    expect(appReducer(later, { type: 'reset', url: url() })).toEqual({ ...home, resets: 2 });
  });
});

describe('plan slice', () => {
  const three = { ...homePlanState(), plan: planOf('a', 'b', 'c') };

  it('add (once per site), remove by index and by site, move, minutes', () => {
    expect(plan(homePlanState(), { type: 'add', site: 'a', minutes: 45 }, { type: 'add', site: 'a', minutes: 10 }).plan.stops).toEqual([{ site: 'a', minutes: 45 }]);
    expect(plan(three, { type: 'remove', index: 1 }).plan.stops.map((s) => s.site)).toEqual(['a', 'c']);
    expect(plan(three, { type: 'removeSite', site: 'c' }).plan.stops.map((s) => s.site)).toEqual(['a', 'b']);
    expect(plan(three, { type: 'removeSite', site: 'zz' })).toBe(three);
    expect(plan(three, { type: 'move', from: 0, to: 2 }).plan.stops.map((s) => s.site)).toEqual(['b', 'c', 'a']);
    expect(plan(three, { type: 'setMinutes', index: 2, minutes: 90 }).plan.stops[2]).toEqual({ site: 'c', minutes: 90 });
  });

  it('start, start time (HH:MM only), lunch, date', () => {
    const start = { kind: 'point' as const, lat: 21.6, lon: 105.8 };
    expect(plan(three, { type: 'setStart', start }).plan.start).toEqual(start);
    expect(plan(three, { type: 'setStartTime', startTime: '08:30' }).plan.startTime).toBe('08:30');
    expect(plan(three, { type: 'setStartTime', startTime: '25:00' })).toBe(three);
    const lunch = plan(three, { type: 'setLunch', lunch: { afterStop: 1, minutes: 60 } });
    expect(lunch.plan.lunch).toEqual({ afterStop: 1, minutes: 60 });
    expect(plan(lunch, { type: 'setLunch', lunch: null }).plan.lunch).toBeUndefined();
    expect(plan(three, { type: 'setDate', date: '2026-12-21' }).date).toBe('2026-12-21');
  });

  it('replace and clear offer the old plan back; restorePrevious brings it, or the stored one a link set aside', () => {
    const route = planOf('x', 'y');
    const replaced = plan(three, { type: 'replace', plan: route });
    expect(replaced.plan).toBe(route);
    expect(replaced.notices).toEqual([{ kind: 'replaced', previous: three.plan }]);
    expect(plan(replaced, { type: 'restorePrevious', stored: null })).toMatchObject({ plan: three.plan, notices: [] });
    const cleared = plan({ ...three, plan: { ...three.plan, startTime: '08:00' } }, { type: 'clear' });
    expect(cleared.plan).toEqual({ ...emptyPlan('08:00'), start: three.plan.start });
    expect(cleared.notices).toHaveLength(1);
    // Replacing an empty plan offers nothing back.
    expect(plan(homePlanState(), { type: 'replace', plan: route }).notices).toEqual([]);
    const fromLink = { ...three, notices: [{ kind: 'from-link' as const, canRestore: true }] };
    const own = planOf('d');
    expect(plan(fromLink, { type: 'restorePrevious', stored: own })).toMatchObject({ plan: own, notices: [] });
    expect(plan(fromLink, { type: 'restorePrevious', stored: null })).toMatchObject({ plan: three.plan, notices: [] });
  });

  it('set (the optimiser), dismiss, open, tab, route preview', () => {
    const next = planOf('c', 'b', 'a');
    expect(plan(three, { type: 'set', plan: next }).plan).toBe(next);
    const noticed = { ...three, notices: [{ kind: 'corrupt-storage' as const }, { kind: 'dropped-stops' as const, positions: [2] }] };
    expect(plan(noticed, { type: 'dismiss', kind: 'corrupt-storage' }).notices).toEqual([{ kind: 'dropped-stops', positions: [2] }]);
    expect(plan(three, { type: 'setOpen', open: true }).open).toBe(true);
    expect(plan(three, { type: 'setOpen', open: false })).toBe(three);
    expect(plan(three, { type: 'setTab', tab: 'routes' }).tab).toBe('routes');
    expect(plan(three, { type: 'setPreviewRoute', id: 'atk-dinh-hoa' }).previewRoute).toBe('atk-dinh-hoa');
  });
});
