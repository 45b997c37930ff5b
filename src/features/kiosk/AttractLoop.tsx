import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { useMapHandle } from '../../map/map-handle.ts';
import { prefersReducedMotion } from '../../map/motion.ts';
import { firstPhoto, usePhotoIndex } from '../photos/photo-index.ts';
import { AttractPhoto } from './AttractPhoto.tsx';
import { FIRST_STEP, nextStep } from './attract-sequence.ts';
import { kioskStats } from './kiosk-stats.ts';
import { IDLE_SELF_REPORTING } from './use-idle.ts';

// The quiz card (engine, quiz loading, its strings) loads when the tour first reaches it.
const KioskQuizCard = lazy(() => import('./KioskQuizCard.tsx'));

interface Props {
  /** Located featured sites, in touring order (never empty: the caller renders nothing then). */
  sites: readonly SiteFeature[];
  lang: Lang;
  dwellMs: number;
  /** One quiz card after every this many site cards (0: none). */
  quizEvery: number;
  /** The visitor tapped "see this site": show that site (the tour ends). */
  onPick: (id: string) => void;
  /** The visitor tapped the card elsewhere: the tour ends, nothing else happens. */
  onDismiss: () => void;
}

/**
 * While nobody is there, the map tours the featured sites by itself, one card (the site's first photo when it has
 * one, name, summary) per site, and after every `quizEvery` sites a quiz card about the last one. Any
 * touch outside the card ends it at once (the parent unmounts it: every timer is cleared and the camera stops where
 * it is); a tap on the card ends it when the tap is complete.
 * With reduced motion the camera jumps instead of flying.
 */
export function AttractLoop({ sites, lang, dwellMs, quizEvery, onPick, onDismiss }: Props) {
  const { t } = useTranslation();
  const { map, ready } = useMapHandle();
  const [step, setStep] = useState(FIRST_STEP);
  const count = sites.length;
  const index = step.site % Math.max(count, 1);
  const photos = usePhotoIndex();
  // The site under the finger when it came down (the tour may move on before the finger lifts).
  const pressed = useRef<string | null>(null);
  const advance = useCallback(() => setStep((s) => nextStep(s, count, quizEvery)), [count, quizEvery]);

  // One timer at a time: show a site, wait, go on (a quiz card keeps its own time and calls `advance`).
  useEffect(() => {
    if (count === 0 || step.kind === 'quiz') return;
    const timer = window.setTimeout(advance, dwellMs);
    return () => window.clearTimeout(timer);
  }, [step, count, dwellMs, advance]);

  const site = sites[index];

  useEffect(() => {
    const m = map.current;
    if (!ready || !m || !site?.geometry) return;
    kioskStats.attractSteps += 1;
    const center = site.geometry.coordinates;
    try {
      if (prefersReducedMotion()) m.jumpTo({ center, zoom: 13 });
      else m.flyTo({ center, zoom: 13, duration: Math.min(3500, dwellMs * 0.45), essential: false });
    } catch (e) {
      // A map being rebuilt (lost WebGL context): the card still shows; the next site tries again.
      console.warn('attract loop: camera move failed', e);
    }
    return () => {
      // Leave the camera where it is: the visitor is in control now (or the next site takes over).
      try {
        if (m.isMoving()) m.stop();
      } catch {
        // Map already removed.
      }
    };
  }, [map, ready, site, dwellMs]);

  useEffect(() => {
    kioskStats.attractStarts += 1;
  }, []);

  if (!site) return null;
  const p = site.properties;
  if (step.kind === 'quiz') {
    return (
      <Suspense fallback={null}>
        <KioskQuizCard
          key={step.sitesShown}
          siteId={site.id}
          siteName={(p.shortName ?? p.name)[lang]}
          lang={lang}
          revealMs={dwellMs}
          afterMs={dwellMs}
          onDone={advance}
          onDismiss={onDismiss}
        />
      </Suspense>
    );
  }
  const photo = firstPhoto(photos, site.id);
  // The card reports its own touches (IDLE_SELF_REPORTING): it stays under the finger until the click, which then
  // either opens the site (the button) or just ends the tour (anywhere else on the card, never the map behind it).
  return (
    <section
      className={photo ? 'attract-card attract-card--photo' : 'attract-card'}
      aria-live="polite"
      aria-label={t('kiosk.attractLabel')}
      data-site-id={site.id}
      {...{ [IDLE_SELF_REPORTING]: '' }}
      onClick={onDismiss}
    >
      {photo && <AttractPhoto photo={photo} lang={lang} />}
      <p className="attract-card__kicker">{t('kiosk.featured', { current: (index % count) + 1, total: count })}</p>
      <h2 className="attract-card__name" lang={lang}>
        {p.name[lang]}
      </h2>
      <p className="attract-card__summary" lang={lang}>
        {p.summary[lang]}
      </p>
      <button
        type="button"
        className="attract-card__more primary-button"
        onPointerDown={() => {
          pressed.current = site.id;
        }}
        onClick={(e) => {
          e.stopPropagation();
          onPick(pressed.current ?? site.id);
          pressed.current = null;
        }}
      >
        {t('kiosk.seeMore')}
      </button>
      <p className="attract-card__hint">{t('kiosk.touchToExplore')}</p>
    </section>
  );
}
