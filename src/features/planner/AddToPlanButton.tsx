import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import './planner-base.css';

interface Props {
  site: SiteFeature;
  lang: Lang;
  inPlan: boolean;
  onAdd: (site: SiteFeature) => void;
  onRemove: (id: string) => void;
  /** `row`: a compact square button beside a list row; `panel`: a labelled button in the site panel. */
  variant?: 'panel' | 'row';
}

/** Adds a site to the plan, or shows that it is already in it (pressing again takes it out). 44px targets. */
export function AddToPlanButton({ site, lang, inPlan, onAdd, onRemove, variant = 'panel' }: Props) {
  const { t } = useTranslation();
  const name = site.properties.name[lang];
  const label = inPlan ? t('planner.inPlanLabel', { name }) : t('planner.addLabel', { name });
  const toggle = () => (inPlan ? onRemove(site.id) : onAdd(site));
  if (variant === 'row') {
    return (
      <button
        type="button"
        className={`add-to-plan add-to-plan--row${inPlan ? ' add-to-plan--in' : ''}`}
        aria-pressed={inPlan}
        aria-label={label}
        title={label}
        onClick={toggle}
      >
        <span aria-hidden="true">{inPlan ? '✓' : '+'}</span>
      </button>
    );
  }
  return (
    <button
      type="button"
      className={`add-to-plan add-to-plan--panel${inPlan ? ' add-to-plan--in' : ''}`}
      aria-pressed={inPlan}
      aria-describedby="site-panel-title"
      onClick={toggle}
    >
      <span aria-hidden="true">{inPlan ? '✓ ' : '+ '}</span>
      {inPlan ? t('planner.inPlan') : t('planner.add')}
    </button>
  );
}
