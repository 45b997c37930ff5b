import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { CategoryIcon } from '../shared/CategoryIcon.tsx';
import { Timeline } from './Timeline.tsx';
import { PlaceFacts } from './PlaceFacts.tsx';
import { VisitFacts } from './VisitFacts.tsx';
import { SourcesList } from './SourcesList.tsx';
import { LocationNote } from './LocationNote.tsx';
import { RankDecision } from './RankDecision.tsx';

interface Props {
  site: SiteFeature;
  lang: Lang;
  onClose: () => void;
  /** Extra actions from other features (add to plan, read the story, share). */
  actions?: React.ReactNode;
  children?: React.ReactNode;
}

/** Details of one site: a side panel on wide screens, a bottom sheet on phones. Focus moves in on open. */
export function SitePanel({ site, lang, onClose, actions, children }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const p = site.properties;
  const atk = p.rank.atkComponent === true;
  const year = p.rank.year !== undefined ? ` (${p.rank.year})` : '';

  useEffect(() => {
    headingRef.current?.focus();
  }, [site.id]);

  return (
    <aside
      className="site-panel"
      aria-labelledby="site-panel-title"
      data-site-id={site.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="site-panel__header">
        <h2 id="site-panel-title" tabIndex={-1} ref={headingRef}>
          {p.name[lang]}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('panel.closeLabel')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="site-panel__body">
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
        <SourcesList sources={p.sources} />
      </div>
    </aside>
  );
}
