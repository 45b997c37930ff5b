import { z } from 'zod/mini';
import { HttpUrlSchema, LangSchema } from '../schema/common.ts';
import { LicenceSchema } from './licences.ts';

/**
 * Recorded narration: `data/audio/<site-id>.<vi|en>.<mp3|m4a|opus>` with its sidecar `data/audio/<site-id>.<lang>.json`.
 * The build serves each recording under a content-hashed name and lists them in content/audio.json.
 */
export const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'opus'] as const;
export type AudioExtension = (typeof AUDIO_EXTENSIONS)[number];

export const AUDIO_MIME: Record<AudioExtension, string> = { mp3: 'audio/mpeg', m4a: 'audio/mp4', opus: 'audio/ogg; codecs=opus' };

/** The Cache Storage name of the kept recordings (service worker and kiosk share it). */
export const AUDIO_CACHE = 'red-address-audio';

/** Larger files would crowd a phone's offline cache (a few minutes of speech is 1–5 MB). */
export const MAX_AUDIO_BYTES = 30 * 1024 * 1024;

export const AUDIO_FILE_NAME = /^data\/audio\/(?<siteId>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?<lang>vi|en)\.(?<ext>mp3|m4a|opus)$/;
export const AUDIO_SIDECAR_NAME = /^data\/audio\/(?<siteId>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?<lang>vi|en)\.json$/;

const text = z
  .string({ error: (iss) => (iss.input === undefined ? 'is missing' : 'must be text') })
  .check(z.refine((s) => s.trim().length > 0, { message: 'must not be empty' }));

/** What an editor writes beside a recording. */
export const AudioSidecarSchema = z.strictObject({
  /** Who speaks (and who recorded), as they want to be credited. */
  credit: text,
  licence: LicenceSchema,
  licenceUrl: z.optional(HttpUrlSchema),
  /** Where the recording comes from: a URL, or who made it for the project and when. */
  source: text,
});
export type AudioSidecar = z.infer<typeof AudioSidecarSchema>;

/** One recording as the app receives it (content/audio.json). */
export const RecordingSchema = z.strictObject({
  /** Relative to the app's base: content/audio/<site-id>.<lang>.<hash>.<ext>. */
  src: z.string().check(z.regex(/^content\/audio\/[\w.-]+\.(mp3|m4a|opus)$/)),
  type: z.string(),
  /** Seconds, as measured by the build. */
  duration: z.number().check(z.positive()),
  credit: text,
  licence: LicenceSchema,
  licenceUrl: z.optional(HttpUrlSchema),
  source: text,
});
export type Recording = z.infer<typeof RecordingSchema>;

export const AudioListSchema = z.record(z.string(), z.partialRecord(LangSchema, RecordingSchema));
export type AudioList = z.infer<typeof AudioListSchema>;
