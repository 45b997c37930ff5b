import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { CONFIDENCES } from '../../domain/schema/site.ts';
import vi from './locales/vi.json';
import en from './locales/en.json';

/**
 * "Giới thiệu" / "About": what a red address is, what the map shows, where the facts come from and how sure the
 * positions are (counted from the data, never written down). Loaded on first use, with its own strings.
 */
export default function AboutView({ sites, onClose }: { sites: readonly SiteFeature[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  for (const [lang, bundle] of [['vi', vi], ['en', en]] as const) {
    if (!i18n.hasResourceBundle(lang, 'about')) i18n.addResourceBundle(lang, 'about', bundle);
  }
  const a = (key: string, options?: Record<string, unknown>): string => t(`about:${key}`, options ?? {});
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (back?.isConnected) back.focus();
    };
  }, [onClose]);
  const byConfidence = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of sites) counts.set(s.properties.location.confidence, (counts.get(s.properties.location.confidence) ?? 0) + 1);
    return CONFIDENCES.map((c) => [c, counts.get(c) ?? 0] as const).filter(([, n]) => n > 0);
  }, [sites]);
  const notRed = sites.filter((s) => !s.properties.redAddress).length;
  return (
    <div className="about-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section className="about" role="dialog" aria-modal="true" aria-labelledby="about-title">
        <div className="about__head">
          <h2 id="about-title">{a('title')}</h2>
          <button type="button" className="secondary-button" ref={closeRef} onClick={onClose}>
            {a('close')}
          </button>
        </div>
        <div className="about__body">
          <h3>{a('whatTitle')}</h3>
          <p>{a('what')}</p>
          <h3>{a('mapTitle')}</h3>
          <p>{a('map', { count: sites.length })}</p>
          {notRed > 0 && <p>{a('notRed', { count: notRed })}</p>}
          <h3>{a('sourcesTitle')}</h3>
          <p>{a('sources')}</p>
          <h3>{a('positionsTitle')}</h3>
          <p>{a('positions')}</p>
          <ul className="about__confidence">
            {byConfidence.map(([c, n]) => (
              <li key={c} className={`confidence--${c}`}>
                <strong>{n}</strong> · {t(`confidence.${c}`)}
              </li>
            ))}
          </ul>
          <p>{a('positionsAdvice')}</p>
        </div>
      </section>
    </div>
  );
}
