import type { Lang } from '../domain/schema/common.ts';
import type { SiteFeature } from '../domain/schema/site.ts';
import { SitePanel } from '../features/site-panel/SitePanel.tsx';
import { StoryToggle } from '../features/story/StoryToggle.tsx';
import { AddToPlanButton } from '../features/planner/AddToPlanButton.tsx';
import { PrintPlateButton } from '../features/site-plate/PrintPlateButton.tsx';
import { SiteHandoff } from '../features/kiosk/Handoff.tsx';
import { HereButton } from '../features/passport/HereButton.tsx';

interface Props {
  site: SiteFeature;
  lang: Lang;
  kiosk: boolean;
  hasStory: boolean;
  inPlan: boolean;
  onAddToPlan: (site: SiteFeature) => void;
  onRemoveFromPlan: (id: string) => void;
  onClose: () => void;
}

/**
 * The open site's panel with its actions (add to the visit, QR plate, "I am here", or the kiosk's hand-off to a phone)
 * and its story. Loaded on first use (see lazy-site-panel.ts): the home page does not pay for it.
 */
export function SelectedSitePanel({ site, lang, kiosk, hasStory, inPlan, onAddToPlan, onRemoveFromPlan, onClose }: Props) {
  const actions = (
    <>
      <AddToPlanButton site={site} lang={lang} inPlan={inPlan} onAdd={onAddToPlan} onRemove={onRemoveFromPlan} />
      {kiosk ? (
        <SiteHandoff siteId={site.id} lang={lang} />
      ) : (
        <>
          <HereButton site={site} lang={lang} />
          <PrintPlateButton site={site} lang={lang} />
        </>
      )}
    </>
  );
  return (
    <SitePanel site={site} lang={lang} onClose={onClose} actions={actions}>
      {hasStory && <StoryToggle siteId={site.id} lang={lang} siteName={(site.properties.shortName ?? site.properties.name)[lang]} />}
    </SitePanel>
  );
}
