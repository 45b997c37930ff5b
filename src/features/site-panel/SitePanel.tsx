import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { CategoryIcon } from '../shared/CategoryIcon.tsx';
import { Timeline } from './Timeline.tsx';
import { PlaceFacts } from './PlaceFacts.tsx';
import { VisitFacts } from './VisitFacts.tsx';
import { Directions } from './Directions.tsx';
import { SourcesList } from './SourcesList.tsx';
import { LocationNote } from './LocationNote.tsx';
import { RankDecision } from './RankDecision.tsx';
import { isPhoneLayout } from '../../shared/phone-layout.ts';
import { SitePhotos } from '../photos/SitePhotos.tsx';

/** A finger's travel (px) that counts as a swipe of the sheet. */
const SWIPE_PX = 40;
/** Scrolled this far (px), the pinned title shortens to one line; back at the top it is whole again. */
const SCROLLED_PX = 24;

interface Props {
  site: SiteFeature;
  lang: Lang;
  onClose: () => void;
  /** Extra actions from other features (add to plan, read the story, share). */
  actions?: React.ReactNode;
  children?: React.ReactNode;
}

/**
 * Details of one site: a side panel on wide screens, a bottom sheet on phones. Focus moves in on open.
 * The phone sheet opens part-way up; a swipe up (or its handle, a button) expands it to the full height under the
 * header, where its body scrolls on its own; a swipe down collapses it. The page itself never scrolls.
 */
export function SitePanel({ site, lang, onClose, actions, children }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [scrolled, setScrolled] = useState(false);
  const touch = useRef<{ y: number; atTop: boolean; swiped: boolean } | null>(null);
  /** A swipe that ends on the handle must not also count as a tap on it (a key press always counts). */
  const swiped = useRef(false);
  const p = site.properties;
  const atk = p.rank.atkComponent === true;
  const year = p.rank.year !== undefined ? ` (${p.rank.year})` : '';

  useEffect(() => {
    headingRef.current?.focus();
  }, [site.id]);

  return (
    <aside
      className={`site-panel${expanded ? ' site-panel--expanded' : ''}${scrolled ? ' site-panel--scrolled' : ''}`}
      aria-labelledby="site-panel-title"
      data-site-id={site.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
      onTouchStart={(e) => {
        const t0 = e.touches[0];
        if (e.touches.length !== 1 || !t0 || !isPhoneLayout()) {
          touch.current = null;
          return;
        }
        swiped.current = false;
        const inBody = bodyRef.current?.contains(e.target as Node) ?? false;
        touch.current = { y: t0.clientY, atTop: !inBody || (bodyRef.current?.scrollTop ?? 0) <= 0, swiped: false };
      }}
      onTouchMove={(e) => {
        const start = touch.current;
        const t1 = e.touches[0];
        if (!start || !t1 || start.swiped) return;
        const dy = t1.clientY - start.y;
        // Up on a collapsed sheet grows it (its body does not scroll until then, see app.css); down from the top of
        // an expanded one (or on its header) brings it back down.
        if (!expanded && dy < -SWIPE_PX) start.swiped = true;
        else if (expanded && start.atTop && dy > SWIPE_PX) start.swiped = true;
        if (start.swiped) {
          swiped.current = true;
          setExpanded(!expanded);
        }
      }}
      onTouchEnd={() => {
        touch.current = null;
      }}
    >
      <button
        type="button"
        className="site-panel__handle"
        aria-expanded={expanded}
        aria-label={expanded ? t('panel.collapse') : t('panel.expand')}
        onClick={(e) => {
          if (!swiped.current || e.detail === 0) setExpanded(!expanded);
        }}
      >
        <span className="site-panel__grip" aria-hidden="true" />
      </button>
      <header className="site-panel__header">
        <h2 id="site-panel-title" tabIndex={-1} ref={headingRef}>
          {p.name[lang]}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('panel.closeLabel')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div
        className="site-panel__body"
        ref={bodyRef}
        onScroll={(e) => {
          const top = e.currentTarget.scrollTop;
          if (top > SCROLLED_PX) setScrolled(true);
          else if (top <= 0) setScrolled(false);
        }}
      >
        <SitePhotos siteId={site.id} lang={lang} />
        <p className="site-panel__category">
          <CategoryIcon category={p.category} /> {t(`category.${p.category}`)}
          {!atk && (
            <>
              {' · '}
              <span className="site-panel__rank">{t(`rank.${p.rank.level}`)}</span>
              {year}
            </>
          )}
        </p>
        {atk && (
          <p className="site-panel__atk">
            <span className="site-panel__atk-badge">{t('content.atkComponent')}</span>{' · '}
            <span className="site-panel__rank">
              {p.rank.level === 'unknown' ? t('content.ownRankUnknown') : `${t('content.ownRank')}: ${t(`rank.${p.rank.level}`)}`}
            </span>
            {year}
          </p>
        )}
        {p.rank.decision !== undefined && <RankDecision decision={p.rank.decision} lang={lang} />}
        {p.rank.note !== undefined && <p className="muted">{p.rank.note[lang]}</p>}
        {!p.redAddress && <p className="notice">{t('panel.notRedAddress')}</p>}
        <LocationNote location={p.location} lang={lang} />
        {actions && <div className="site-panel__actions">{actions}</div>}
        <h3>{t('panel.summary')}</h3>
        <p className="site-panel__summary">{p.summary[lang]}</p>
        {children}
        <Timeline dates={p.dates} lang={lang} />
        <PlaceFacts place={p.place} lang={lang} />
        <VisitFacts visit={p.visit} lang={lang} />
        <Directions site={site} lang={lang} />
        <SourcesList sources={p.sources} />
      </div>
    </aside>
  );
}
