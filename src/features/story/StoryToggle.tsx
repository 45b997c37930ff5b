import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import { SiteStory } from './SiteStory.tsx';
import { Listen } from '../narration/Listen.tsx';

/** "Read the full story": the story loads only when asked for, to spare slow mobile data. */
export function StoryToggle({ siteId, lang, siteName }: { siteId: string; lang: Lang; siteName?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="story-toggle">
      <button type="button" className="secondary-button" aria-expanded={open} aria-controls={`story-${siteId}`} onClick={() => setOpen((o) => !o)}>
        {open ? t('story.hide') : t('story.read')}
      </button>
      <Listen siteId={siteId} lang={lang} hasStory />
      <div id={`story-${siteId}`}>{open && <SiteStory key={`${siteId}.${lang}`} siteId={siteId} lang={lang} {...(siteName === undefined ? {} : { siteName })} />}</div>
    </div>
  );
}
