/**
 * An init script (page.addInitScript) that replaces the browser's Web Speech API with a recording fake before the
 * app runs: `voices` are the device's voices; every utterance spoken is kept in window.__speech.spoken, and the test
 * ends the current one with window.__speech.finish(). Headless Chromium has no voices of its own.
 */
export function installSpeechFake(voices: Array<{ name: string; lang: string; localService: boolean }>): void {
  type U = { text: string; lang: string; rate: number; voice: unknown; onend: ((e: unknown) => void) | null; onerror: ((e: unknown) => void) | null };
  const state = { spoken: [] as Array<{ text: string; lang: string; voice: string }>, current: null as U | null, cancels: 0 };
  const list = voices.map((v) => ({ ...v, default: false, voiceURI: v.name }));
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => list,
    speak(u: U) {
      state.current = u;
      state.spoken.push({ text: u.text, lang: u.lang, voice: (u.voice as { name?: string } | null)?.name ?? '' });
    },
    cancel() {
      state.cancels += 1;
      const u = state.current;
      state.current = null;
      u?.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
  });
  class Utterance {
    lang = '';
    rate = 1;
    voice: unknown = null;
    onend: ((e: unknown) => void) | null = null;
    onerror: ((e: unknown) => void) | null = null;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
  Object.defineProperty(window, '__speech', {
    value: {
      get spoken() {
        return state.spoken;
      },
      get current() {
        return state.current?.text ?? null;
      },
      get cancels() {
        return state.cancels;
      },
      finish() {
        const u = state.current;
        state.current = null;
        u?.onend?.({});
      },
    },
  });
}

export interface SpeechProbe {
  spoken: Array<{ text: string; lang: string; voice: string }>;
  current: string | null;
  cancels: number;
  finish(): void;
}
