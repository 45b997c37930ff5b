import { useEffect, useState } from 'react';
import type { Lang } from '../../domain/schema/common.ts';
import { pickVoice } from '../../domain/narration/voice.ts';

export type VoiceAvailability = 'checking' | 'none' | 'ready';

/** How long to wait for the voice list: Chrome fills it asynchronously (a `voiceschanged` event), others at once. */
const VOICES_WAIT_MS = 2000;

function speech(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** The device's voice for `lang`, or null (no Web Speech, or no voice of that language). */
export function deviceVoice(lang: Lang): SpeechSynthesisVoice | null {
  return pickVoice(speech()?.getVoices() ?? [], lang);
}

/** Is there a device voice for the language? "checking" while the list may still arrive; it may turn "ready" later. */
export function useVoiceAvailability(lang: Lang): VoiceAvailability {
  const [state, setState] = useState<{ lang: Lang; value: VoiceAvailability }>({ lang, value: 'checking' });
  useEffect(() => {
    const synth = speech();
    const check = (final: boolean) => {
      const found = deviceVoice(lang) !== null;
      if (found || final) setState({ lang, value: found ? 'ready' : 'none' });
    };
    if (!synth) {
      check(true);
      return;
    }
    check(false);
    const onChange = () => check(false);
    synth.addEventListener('voiceschanged', onChange);
    const timer = window.setTimeout(() => check(true), VOICES_WAIT_MS);
    return () => {
      synth.removeEventListener('voiceschanged', onChange);
      window.clearTimeout(timer);
    };
  }, [lang]);
  return state.lang === lang ? state.value : 'checking';
}
