import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { CategoryIcon } from '../shared/CategoryIcon.tsx';
import { Timeline } from './Timeline.tsx';
import { PlaceFacts } from './PlaceFacts.tsx';
import { VisitFacts } from './VisitFacts.tsx';
import { SourcesList } from './SourcesList.tsx';

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
          {' · '}
          <span className="site-panel__rank">{t(`rank.${p.rank.level}`)}</span>
          {p.rank.year !== undefined ? ` (${p.rank.year})` : ''}
        </p>
        {p.rank.decision !== undefined && <p className="muted">{p.rank.decision}</p>}
        {p.rank.note !== undefined && <p className="muted">{p.rank.note[lang]}</p>}
        {!p.redAddress && <p className="notice">{t('panel.notRedAddress')}</p>}
        <div className={`confidence confidence--${p.location.confidence}`}>
          <p className="confidence__level">
            {t('panel.location')}: <strong>{t(`confidence.${p.location.confidence}`)}</strong>
          </p>
          <p>{p.location.note[lang]}</p>
        </div>
        {actions && <div className="site-panel__actions">{actions}</div>}
        <h3>{t('panel.summary')}</h3>
        <p className="site-panel__summary">{p.summary[lang]}</p>
        {children}
        <Timeline dates={p.dates} lang={lang} />
        <PlaceFacts place={p.place} />
        <VisitFacts visit={p.visit} lang={lang} />
        <SourcesList sources={p.sources} />
      </div>
    </aside>
  );
}
