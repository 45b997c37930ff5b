import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import { loadStory } from '../../content/load-story.ts';
import { RESET_EVENT } from '../kiosk/kiosk-reset.ts';
import { deviceVoice, useVoiceAvailability } from './use-voice.ts';

// The players and the help text load on first use, each with the "narration" strings.
const SpeechPlayer = lazy(() => import('./SpeechPlayer.tsx'));
const VoiceHelp = lazy(() => import('./VoiceHelp.tsx'));

interface Props {
  siteId: string;
  lang: Lang;
  /** The site has a story in this language (what the device voice reads). */
  hasStory: boolean;
}

/**
 * "Nghe" / "Listen" in the site panel: the device's voice reads the story, when the device has a voice for the
 * language. Without one there is no button, only a line saying so, which opens how to add a voice.
 * The player belongs to one site and one language: a new site or language shows the button again (never autoplay).
 */
export function Listen({ siteId, lang, hasStory }: Props) {
  const { t } = useTranslation();
  const voice = useVoiceAvailability(lang);
  const key = `${siteId}.${lang}`;
  // The voice is taken once, on the press: getVoices() may hand out new objects each call.
  const [openFor, setOpenFor] = useState<{ key: string; voice: SpeechSynthesisVoice | null } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const open = openFor?.key === key;
  const close = useCallback(() => setOpenFor(null), []);
  const load = useCallback(() => loadStory(siteId, lang), [siteId, lang]);

  useEffect(() => {
    // A kiosk reset stops the reading even where the panel stays mounted.
    window.addEventListener(RESET_EVENT, close);
    return () => window.removeEventListener(RESET_EVENT, close);
  }, [close]);

  useEffect(() => {
    // Back from the player (Stop): focus returns to the button that opened it.
    if (!open && wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!hasStory) return null;
  if (open) {
    return (
      <Suspense fallback={<p className="muted" role="status">{t('story.loading')}</p>}>
        <SpeechPlayer key={key} lang={lang} voice={openFor.voice} loadStory={load} onClose={close} />
      </Suspense>
    );
  }
  if (voice === 'ready') {
    return (
      <button type="button" ref={buttonRef} className="secondary-button narration__listen" onClick={() => setOpenFor({ key, voice: deviceVoice(lang) })}>
        <span aria-hidden="true">🔊 </span>
        {t('narration.listen')}
      </button>
    );
  }
  if (voice === 'none') {
    return (
      <details className="narration__novoice" onToggle={(e) => setHelpOpen(e.currentTarget.open)}>
        <summary>{t('narration.noVoice')}</summary>
        {helpOpen && (
          <Suspense fallback={null}>
            <VoiceHelp />
          </Suspense>
        )}
      </details>
    );
  }
  return null;
}
