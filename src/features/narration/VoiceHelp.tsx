import { useNarrationT } from './narration-strings.ts';

/** How to add a voice for the story's language on the common platforms (shown when the device has none). */
export default function VoiceHelp() {
  const t = useNarrationT();
  return (
    <div className="narration__help">
      <p>{t('help.intro')}</p>
      <ul>
        <li>{t('help.android')}</li>
        <li>{t('help.ios')}</li>
        <li>{t('help.windows')}</li>
      </ul>
      <p>{t('help.after')}</p>
    </div>
  );
}
