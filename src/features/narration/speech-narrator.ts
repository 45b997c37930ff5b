import { nextSectionStart, type NarrationChunk } from '../../domain/narration/script.ts';

/** The slice of `speechSynthesis` the narrator uses (tests pass a fake). */
export type SynthLike = Pick<SpeechSynthesis, 'speak' | 'cancel'>;

export type NarratorStatus = 'playing' | 'paused' | 'stopped' | 'ended';

export interface NarratorOptions {
  synth: SynthLike;
  makeUtterance: (text: string) => SpeechSynthesisUtterance;
  voice: SpeechSynthesisVoice;
  chunks: readonly NarrationChunk[];
  onChange: (index: number, status: NarratorStatus) => void;
}

/**
 * Reads a script one utterance per chunk, in order. Pause cancels and remembers the chunk; resume reads that chunk
 * again from its start (the platform's own pause() is unreliable: Android ignores it, Chrome loses it after 15 s).
 * Every speak() bumps a generation number, so the `end` event a cancel() fires late never moves the reading on.
 */
export class SpeechNarrator {
  private generation = 0;
  /** Held while speaking: Chrome may garbage-collect an utterance nobody references and never fire its `end`. */
  speaking: SpeechSynthesisUtterance | null = null;
  index = 0;
  status: NarratorStatus = 'stopped';
  rate = 1;

  constructor(private readonly o: NarratorOptions) {}

  play(from = this.index): void {
    this.index = Math.max(0, Math.min(from, this.o.chunks.length - 1));
    this.status = 'playing';
    this.speakCurrent();
  }

  pause(): void {
    if (this.status !== 'playing') return;
    this.silence();
    this.set('paused');
  }

  resume(): void {
    if (this.status === 'paused' || this.status === 'stopped') this.play(this.index);
    else if (this.status === 'ended') this.play(0);
  }

  stop(): void {
    this.silence();
    this.index = 0;
    this.set('stopped');
  }

  /** On to the next section's first chunk (its heading); after the last section, the reading ends. */
  nextSection(): void {
    const next = nextSectionStart(this.o.chunks, this.index);
    if (next === null) {
      this.silence();
      this.index = 0;
      this.set('ended');
    } else if (this.status === 'playing') this.play(next);
    else {
      this.index = next;
      this.set(this.status);
    }
  }

  setRate(rate: number): void {
    this.rate = rate;
    if (this.status === 'playing') this.speakCurrent(); // the rate of a queued utterance cannot change: say it again
  }

  private silence(): void {
    this.generation += 1;
    this.speaking = null;
    this.o.synth.cancel();
  }

  private set(status: NarratorStatus): void {
    this.status = status;
    this.o.onChange(this.index, status);
  }

  private speakCurrent(): void {
    this.silence();
    const generation = this.generation;
    const chunk = this.o.chunks[this.index];
    if (!chunk) {
      this.index = 0;
      this.set('ended');
      return;
    }
    const u = this.o.makeUtterance(chunk.text);
    u.voice = this.o.voice;
    u.lang = this.o.voice.lang;
    u.rate = this.rate;
    u.onend = () => {
      if (generation !== this.generation) return;
      this.index += 1;
      if (this.index >= this.o.chunks.length) {
        this.speaking = null;
        this.index = 0;
        this.set('ended');
      } else this.speakCurrent();
    };
    u.onerror = (e) => {
      // "interrupted"/"canceled" come from our own cancel(); anything else (no audio device…) ends the reading.
      if (generation !== this.generation || e.error === 'interrupted' || e.error === 'canceled') return;
      this.silence();
      this.set('stopped');
    };
    this.speaking = u;
    this.set('playing');
    this.o.synth.speak(u);
  }
}
