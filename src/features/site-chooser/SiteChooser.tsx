import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { displayName } from '../../domain/sort-sites.ts';
import { CategoryIcon } from '../shared/CategoryIcon.tsx';

interface Props {
  ids: string[];
  byId: ReadonlyMap<string, SiteFeature>;
  lang: Lang;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** Several sites share one point on the map (often a commune centre): list them so each stays reachable. */
export function SiteChooser({ ids, byId, lang, onSelect, onClose }: Props) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [ids]);
  const sites = ids.map((id) => byId.get(id)).filter((s): s is SiteFeature => s !== undefined);
  return (
    <div
      className="site-chooser"
      role="dialog"
      aria-labelledby="site-chooser-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="site-chooser__head">
        <h2 id="site-chooser-title">{t('chooser.title', { count: sites.length })}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('panel.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="muted">{t('chooser.hint')}</p>
      <ul>
        {sites.map((s, i) => (
          <li key={s.id}>
            <button type="button" className="site-item" ref={i === 0 ? first : undefined} onClick={() => onSelect(s.id)} data-site-id={s.id}>
              <CategoryIcon category={s.properties.category} />
              <span className="site-item__name">{displayName(s, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
