import { describe, expect, it } from 'vitest';
import { chapterPlaces, chapterView } from '../../src/domain/story-mode/chapter-view.ts';
import { checkStoryModeTargets, type StoryChapter, type StoryMode } from '../../src/domain/schema/story-mode.ts';

const at: Record<string, [number, number]> = { a: [105.54, 21.83], b: [105.54, 21.83], c: [105.525, 21.8] };
const positionOf = (id: string) => at[id];
const text = { vi: 'x', en: 'x' };
const chapter = (c: Partial<StoryChapter>): StoryChapter => ({ id: 'c', title: text, text, target: { site: 'a', zoom: 12 }, ...c });

describe('chapter places and view', () => {
  it('defaults to the target site; places at one point share one label; unknown ids are left out', () => {
    expect(chapterPlaces(chapter({}), positionOf)).toEqual([{ ids: ['a'], at: at['a'] }]);
    expect(chapterPlaces(chapter({ places: ['a', 'b', 'nope', 'c'] }), positionOf)).toEqual([
      { ids: ['a', 'b'], at: at['a'] },
      { ids: ['c'], at: at['c'] },
    ]);
    expect(chapterPlaces(chapter({ target: { bounds: [105.5, 21.7, 105.6, 21.9] } }), positionOf)).toEqual([]);
  });

  it('flies to a lone site at its zoom, and widens to hold places that lie apart (two chapters at one point differ)', () => {
    const alone = chapter({ places: ['a', 'b'] });
    expect(chapterView(alone, chapterPlaces(alone, positionOf), positionOf)).toEqual({ kind: 'point', center: at['a'], zoom: 12 });
    const apart = chapter({ places: ['a', 'c'] });
    expect(chapterView(apart, chapterPlaces(apart, positionOf), positionOf)).toEqual({
      kind: 'bounds',
      bounds: [[105.525, 21.8], [105.54, 21.83]],
      maxZoom: 12,
    });
    expect(chapterView(chapter({ target: { site: 'gone' } }), [], positionOf)).toBeNull();
  });

  it('data check names a highlighted place that is unknown or not on the map', () => {
    const story: StoryMode = { id: 's', title: text, chapters: [chapter({ places: ['a', 'ghost', 'nowhere'] })] };
    const sites = [{ id: 'a', geometry: {} }, { id: 'nowhere', geometry: null }];
    expect(checkStoryModeTargets(story, sites)).toEqual([
      { path: 'chapters[0].places[1]', message: 'unknown site "ghost"' },
      { path: 'chapters[0].places[2]', message: 'site "nowhere" has no position on the map; only sites drawn on the map can be highlighted' },
    ]);
  });
});
