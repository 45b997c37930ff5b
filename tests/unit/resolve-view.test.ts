import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/domain/explore/filters.ts';
import { resolveView, type KnownContent } from '../../src/domain/url/resolve-url.ts';

const place = (district: string, communeAfter2025: string) => ({ properties: { place: { district, communeAfter2025 } } });
const known: KnownContent = {
  siteIds: new Set(['tin-keo', 'den-duom']),
  sites: [place('Định Hóa', 'xã Định Hóa'), place('Đại Từ', 'xã Đại Từ')],
  storyIds: ['atk-1947-1954'],
};
const home = { selectedId: null, filters: emptyFilters(), story: null };

describe('resolveView (what a link may name that the content does not have)', () => {
  it('keeps what the content has, the filters by reference', () => {
    const state = { selectedId: 'tin-keo', filters: { ...emptyFilters(), districts: ['Đại Từ'] }, story: { id: 'atk-1947-1954', chapter: 2 } };
    const view = resolveView(state, known);
    expect(view).toEqual({ ...state, storyReady: true });
    expect(view.filters).toBe(state.filters);
  });

  it('drops an unknown site', () => {
    expect(resolveView({ ...home, selectedId: 'no-such-site' }, known)).toEqual({ ...home, storyReady: false });
  });

  it('drops unknown districts and communes, keeping the known ones', () => {
    const filters = { ...emptyFilters(), districts: ['Đại Từ', 'Nowhere'], communesAfter2025: ['xã Không Có'] };
    expect(resolveView({ ...home, filters }, known).filters).toEqual({ ...emptyFilters(), districts: ['Đại Từ'] });
  });

  it('keeps a linked story while the content index loads, without showing it', () => {
    const story = { id: 'atk-1947-1954', chapter: 1 };
    expect(resolveView({ ...home, story }, { ...known, storyIds: null })).toEqual({ ...home, story, storyReady: false });
    const unknown = { id: 'no-such-story', chapter: 0 };
    expect(resolveView({ ...home, story: unknown }, { ...known, storyIds: null })).toEqual({ ...home, story: unknown, storyReady: false });
  });

  it('drops a story the loaded index does not have', () => {
    expect(resolveView({ ...home, story: { id: 'no-such-story', chapter: 0 } }, known)).toEqual({ ...home, storyReady: false });
    expect(resolveView({ ...home, story: { id: 'atk-1947-1954', chapter: 0 } }, { ...known, storyIds: [] })).toEqual({ ...home, storyReady: false });
  });
});
