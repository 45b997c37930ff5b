import { useCallback, useEffect, useMemo } from 'react';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { UrlState } from '../../domain/url/app-url.ts';
import { useMapHandle } from '../../map/map-handle.ts';
import { useServiceWorker } from '../../shared/register-sw.ts';
import { resolveFeatured, type KioskConfig } from './kiosk-config.ts';
import { useIdle } from './use-idle.ts';
import { AttractLoop } from './AttractLoop.tsx';
import { IdleCountdown } from './IdleCountdown.tsx';
import { performKioskReset } from './kiosk-reset.ts';
import { kioskStats } from './kiosk-stats.ts';

interface Props {
  config: KioskConfig;
  sites: readonly SiteFeature[];
  lang: Lang;
  onSelect: (id: string) => void;
  /** Put the store back to this state (the shell also closes its own overlays). */
  onReset: (url: UrlState) => void;
}

const seconds = (s: number): number | null => (s > 0 ? Math.round(s * 1000) : null);

/** A link that would leave the page (anything but an in-page #anchor). */
function leavesPage(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const a = target.closest('a[href], area[href]');
  if (!a) return false;
  const href = a.getAttribute('href') ?? '';
  return !href.startsWith('#') || a.getAttribute('target') !== null;
}

/**
 * The unattended touch screen at the relic site: the attract loop when idle, the countdown and the reset to the
 * home screen, no context menu, no text selection, no way to navigate away, and updates applied only on reset.
 */
export default function KioskMode({ config, sites, lang, onSelect, onReset }: Props) {
  const { map } = useMapHandle();
  useServiceWorker(true, config.updateCheckMinutes);

  const featured = useMemo(() => {
    const byId = new Map(sites.filter((s) => s.geometry !== null).map((s) => [s.id, s]));
    const { ids, unknown } = resolveFeatured(config.featuredSites, new Set(byId.keys()));
    if (unknown.length > 0) console.warn(`kiosk config: featuredSites not found or not located, ignored: ${unknown.join(', ')}`);
    return ids.map((id) => byId.get(id)).filter((s): s is SiteFeature => s !== undefined);
  }, [sites, config.featuredSites]);

  const reset = useCallback(() => performKioskReset({ config, map: map.current, onReset }), [config, map, onReset]);

  const { snapshot, activity, machine } = useIdle({
    attractMs: seconds(config.attractAfterSeconds),
    resetMs: seconds(config.resetAfterSeconds),
    countdownMs: Math.round(config.countdownSeconds * 1000),
    onReset: reset,
  });

  useEffect(() => {
    if (snapshot.phase === 'countdown') kioskStats.countdowns += 1;
  }, [snapshot.phase]);

  // Recorded narration is kept ahead of time on the kiosk (a phone keeps one only once it is played).
  useEffect(() => {
    void import('../narration/audio-cache.ts').then((m) => m.keepAllRecordings()).catch(() => undefined);
  }, []);

  // Nothing leaves the kiosk: no context menu, no dragging links or images out, no selecting text, no links away.
  useEffect(() => {
    const prevent = (e: Event) => e.preventDefault();
    const onSelectStart = (e: Event) => {
      if (!(e.target instanceof Element && e.target.closest('input, textarea'))) e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      if (leavesPage(e.target)) e.preventDefault();
    };
    const capture = { capture: true };
    document.addEventListener('contextmenu', prevent, capture);
    document.addEventListener('dragstart', prevent, capture);
    document.addEventListener('selectstart', onSelectStart, capture);
    document.addEventListener('click', onClick, capture);
    document.addEventListener('auxclick', onClick, capture);
    document.documentElement.classList.add('kiosk-root');
    return () => {
      document.removeEventListener('contextmenu', prevent, capture);
      document.removeEventListener('dragstart', prevent, capture);
      document.removeEventListener('selectstart', onSelectStart, capture);
      document.removeEventListener('click', onClick, capture);
      document.removeEventListener('auxclick', onClick, capture);
      document.documentElement.classList.remove('kiosk-root');
    };
  }, []);

  // Read-only hook for the browser tests and the soak bench (automation only).
  useEffect(() => {
    if (!navigator.webdriver) return;
    window.__redAddressKiosk = {
      stats: kioskStats,
      phase: () => machine.getSnapshot().phase,
      pendingTimers: () => machine.pendingTimers(),
      config: () => config,
      pause: () => {
        machine.activity();
        machine.stop();
      },
      resume: () => machine.start(),
    };
    return () => {
      delete window.__redAddressKiosk;
    };
  }, [machine, config]);

  return (
    <>
      {snapshot.phase === 'attract' && featured.length > 0 && (
        <AttractLoop
          sites={featured}
          lang={lang}
          dwellMs={Math.round(config.dwellSeconds * 1000)}
          quizEvery={config.quizEvery}
          onPick={(id) => {
            activity();
            onSelect(id);
          }}
          onDismiss={activity}
        />
      )}
      {snapshot.phase === 'countdown' && <IdleCountdown secondsLeft={snapshot.secondsLeft} onContinue={activity} />}
    </>
  );
}
