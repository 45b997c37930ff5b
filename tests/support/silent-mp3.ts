/**
 * A valid MP3 made in code, for tests (the repository ships no recording): MPEG-1 Layer III frames, mono,
 * 32 kbit/s at 44.1 kHz, whose side information is all zero, which every decoder plays as silence.
 * One frame is 1152 samples (about 26 ms) and 104 bytes, so 30 seconds is about 120 KB.
 */
const SAMPLE_RATE = 44100;
const SAMPLES_PER_FRAME = 1152;
const FRAME_BYTES = 104; // floor(144 * 32000 / 44100), no padding

export function silentMp3(seconds: number): Uint8Array {
  const frames = Math.max(1, Math.round((seconds * SAMPLE_RATE) / SAMPLES_PER_FRAME));
  const out = new Uint8Array(frames * FRAME_BYTES);
  for (let i = 0; i < frames; i++) {
    // sync, MPEG-1, Layer III, no CRC | 32 kbit/s, 44.1 kHz, no padding | mono
    out.set([0xff, 0xfb, 0x10, 0xc0], i * FRAME_BYTES);
  }
  return out;
}

/** The exact length of `silentMp3(seconds)`, in seconds. */
export function silentMp3Duration(seconds: number): number {
  return (Math.max(1, Math.round((seconds * SAMPLE_RATE) / SAMPLES_PER_FRAME)) * SAMPLES_PER_FRAME) / SAMPLE_RATE;
}
