import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { StoryModeSchema, type StoryMode as Narrative } from '../../domain/schema/story-mode.ts';
import { loadContentJson } from '../../content/load-json.ts';
import { useMapHandle } from '../../map/map-handle.ts';
import { prefersReducedMotion } from '../../map/motion.ts';
import { displayName } from '../../domain/sort-sites.ts';
import { chapterPlaces, chapterView } from '../../domain/story-mode/chapter-view.ts';
import { cardPadding, moveMapTo } from './move-map.ts';
import { clearStoryPlaces, showStoryPlaces } from './story-highlight.ts';

interface Props {
  storyId: string;
  chapter: number;
  lang: Lang;
  sites: ReadonlyMap<string, SiteFeature>;
  onChapter: (chapter: number) => void;
  onExit: () => void;
}

type Loaded = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; story: Narrative };

/**
 * A guided narrative: chapters that move the map, with next/previous (buttons and arrow keys), progress, and
 * every chapter change announced to screen readers. Exit returns to free exploring.
 */
export default function StoryMode({ storyId, chapter, lang, sites, onChapter, onExit }: Props) {
  const { t } = useTranslation();
  const { map, ready } = useMapHandle();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cardRef = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    void loadContentJson(`content/story-mode/${storyId}.json`, StoryModeSchema).then((r) => {
      if (live) setLoaded(r.ok ? { kind: 'ready', story: r.value } : { kind: 'error', message: r.message });
    });
    return () => {
      live = false;
    };
  }, [storyId]);

  const story = loaded.kind === 'ready' ? loaded.story : null;
  const count = story?.chapters.length ?? 0;
  const index = Math.min(Math.max(chapter, 0), Math.max(count - 1, 0));
  const current = story?.chapters[index];

  // Show the chapter's places, named and ringed, clear of the card.
  useEffect(() => {
    const m = map.current;
    if (!current || !ready || !m) return;
    const positionOf = (id: string) => sites.get(id)?.geometry?.coordinates;
    const places = chapterPlaces(current, positionOf);
    const view = chapterView(current, places, positionOf);
    try {
      showStoryPlaces(m, places, (id) => {
        const site = sites.get(id);
        return site ? displayName(site, lang) : id;
      });
      if (view) moveMapTo(m, view, cardPadding(m, cardRef.current), prefersReducedMotion());
    } catch (e) {
      console.warn('story mode: map not ready for the chapter', e);
    }
  }, [current, map, ready, sites, lang]);
  useEffect(() => {
    const m = map.current;
    return () => {
      if (m) clearStoryPlaces(m);
    };
  }, [map, ready]);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [story]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      if (e.key === 'ArrowRight' && index < count - 1) onChapter(index + 1);
      else if (e.key === 'ArrowLeft' && index > 0) onChapter(index - 1);
      else if (e.key === 'Escape') onExit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, onChapter, onExit]);

  return (
    <section className="story-mode" aria-labelledby="story-mode-title" data-chapter={index} ref={cardRef}>
      <div className="story-mode__head">
        <h2 id="story-mode-title" tabIndex={-1} ref={headingRef}>
          {story ? story.title[lang] : t('storyMode.title')}
        </h2>
        <button type="button" className="secondary-button" onClick={onExit}>
          {t('storyMode.exit')}
        </button>
      </div>
      {loaded.kind === 'loading' && <p role="status">{t('storyMode.loading')}</p>}
      {loaded.kind === 'error' && <p className="notice" role="status">{t('storyMode.unavailable')}</p>}
      {current && (
        <>
          <div aria-live="polite" aria-atomic="true" className="story-mode__chapter">
            <p className="story-mode__progress">{t('storyMode.progress', { current: index + 1, total: count })}</p>
            <h3>{current.title[lang]}</h3>
            <p>{current.text[lang]}</p>
          </div>
          <progress max={count} value={index + 1} aria-label={t('storyMode.progressLabel')} />
          <div className="story-mode__nav">
            <button type="button" className="secondary-button" disabled={index === 0} onClick={() => onChapter(index - 1)}>
              ← {t('storyMode.previous')}
            </button>
            <button type="button" className="primary-button" disabled={index >= count - 1} onClick={() => onChapter(index + 1)}>
              {t('storyMode.next')} →
            </button>
          </div>
          <p className="muted story-mode__hint">{t('storyMode.keys')}</p>
        </>
      )}
    </section>
  );
}
