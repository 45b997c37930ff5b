/**
 * A fake Web Speech API for jsdom: records every utterance spoken, in order, and lets the test finish the one being
 * spoken (its `end` event) as the platform would. cancel() fires "interrupted" on the current one, like Chrome.
 */
export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export class FakeUtterance {
  lang = '';
  rate = 1;
  voice: FakeVoice | null = null;
  onend: ((e: unknown) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

export class FakeSpeechSynthesis extends EventTarget {
  spoken: FakeUtterance[] = [];
  current: FakeUtterance | null = null;
  cancels = 0;
  constructor(public voices: FakeVoice[]) {
    super();
  }
  getVoices(): FakeVoice[] {
    return this.voices;
  }
  speak(u: FakeUtterance): void {
    this.spoken.push(u);
    this.current = u;
  }
  cancel(): void {
    this.cancels += 1;
    const u = this.current;
    this.current = null;
    u?.onerror?.({ error: 'interrupted' });
  }
  /** The voice reached the end of the current utterance. */
  finish(): void {
    const u = this.current;
    if (!u) throw new Error('nothing is being spoken');
    this.current = null;
    u.onend?.({});
  }
  setVoices(voices: FakeVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

export const fakeVoice = (lang: string, name = `${lang} voice`, localService = true): FakeVoice => ({
  name,
  lang,
  localService,
  default: false,
  voiceURI: name,
});

/** Put the fake on window (speechSynthesis + SpeechSynthesisUtterance); returns it. */
export function installFakeSpeech(voices: FakeVoice[]): FakeSpeechSynthesis {
  const synth = new FakeSpeechSynthesis(voices);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  return synth;
}
