import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import { loadStory } from '../../content/load-story.ts';
import { useVisitorState } from '../../shared/reset-count.ts';
import { deviceVoice, useVoiceAvailability } from './use-voice.ts';
import { useRecording } from './recordings.ts';
import type { Recording } from '../../domain/media/audio.ts';

// The players and the help text load on first use, each with the "narration" strings.
const SpeechPlayer = lazy(() => import('./SpeechPlayer.tsx'));
const AudioPlayer = lazy(() => import('./AudioPlayer.tsx'));
const VoiceHelp = lazy(() => import('./VoiceHelp.tsx'));

interface Props {
  siteId: string;
  lang: Lang;
  /** The site has a story in this language (what the device voice reads). */
  hasStory: boolean;
}

/**
 * "Nghe" / "Listen" in the site panel: a recording of the story when the content has one for the language
 * (content/audio.json), otherwise the device's voice reads it, when the device has a voice for the language.
 * Without either there is no button, only a line saying so, which opens how to add a voice.
 * The player belongs to one site and one language: a new site or language shows the button again (never autoplay).
 */
export function Listen({ siteId, lang, hasStory }: Props) {
  const { t } = useTranslation();
  const voice = useVoiceAvailability(lang);
  const recording = useRecording(siteId, lang);
  const key = `${siteId}.${lang}`;
  // The voice (or recording) is taken once, on the press: getVoices() may hand out new objects each call. A kiosk
  // reset forgets it (the reading stops even where the panel stays mounted).
  const [openFor, setOpenFor] = useVisitorState<{ key: string; voice: SpeechSynthesisVoice | null; recording: Recording | null } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const open = openFor?.key === key;
  const close = useCallback(() => setOpenFor(null), [setOpenFor]);
  const load = useCallback(() => loadStory(siteId, lang), [siteId, lang]);

  useEffect(() => {
    // Back from the player (Stop): focus returns to the button that opened it.
    if (!open && wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!hasStory || recording === undefined) return null;
  if (open) {
    return (
      <Suspense fallback={<p className="muted" role="status">{t('story.loading')}</p>}>
        {openFor.recording ? (
          <AudioPlayer key={key} lang={lang} recording={openFor.recording} onClose={close} />
        ) : (
          <SpeechPlayer key={key} lang={lang} voice={openFor.voice} loadStory={load} onClose={close} />
        )}
      </Suspense>
    );
  }
  if (recording !== null || voice === 'ready') {
    return (
      <button
        type="button"
        ref={buttonRef}
        className="secondary-button narration__listen"
        onClick={() => setOpenFor({ key, recording, voice: recording ? null : deviceVoice(lang) })}
      >
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
