import { createHash } from 'node:crypto';
import { parseBuffer } from 'music-metadata';
import { AUDIO_MIME, type AudioList, type Recording } from '../../src/domain/media/audio.ts';
import type { AudioEntry } from '../../src/domain/validate/validate-audio.ts';
import type { Problem } from '../../src/domain/validate/problem.ts';
import type { ContentFiles } from '../../src/domain/validate/validate-content.ts';

/** What the container of each extension must be, as music-metadata names it. */
const CONTAINER: Record<AudioEntry['ext'], { container: RegExp; codec?: RegExp; name: string }> = {
  mp3: { container: /^MPEG$/, name: 'MPEG audio (MP3)' },
  m4a: { container: /M4A|mp4|isom|mp42|iso2|3gp/i, codec: /AAC|ALAC|MPEG-4/i, name: 'MPEG-4 audio (AAC)' },
  opus: { container: /^Ogg$/, codec: /Opus/i, name: 'Ogg Opus' },
};

export interface ProbedAudio extends AudioEntry {
  duration: number;
}

/**
 * Read every recording the validator accepted with music-metadata: it must be the format its extension says and
 * have a known duration (counted from the frames when the header does not say it). Never throws.
 */
export async function probeAudio(files: ContentFiles, audio: readonly AudioEntry[]): Promise<{ probed: ProbedAudio[]; problems: Problem[] }> {
  const probed: ProbedAudio[] = [];
  const problems: Problem[] = [];
  for (const entry of audio) {
    const bytes = files.get(entry.file) ?? new Uint8Array();
    const at = { file: entry.file, feature: entry.siteId, path: 'format' };
    const want = CONTAINER[entry.ext];
    let format;
    try {
      format = (await parseBuffer(bytes, { size: bytes.length }, { duration: true, skipCovers: true })).format;
    } catch (e) {
      problems.push({ ...at, message: `not a readable audio file (${e instanceof Error ? e.message : String(e)}); expected ${want.name}` });
      continue;
    }
    const container = format.container ?? '';
    if (!want.container.test(container) || (want.codec && !want.codec.test(format.codec ?? ''))) {
      problems.push({ ...at, message: `is ${[container || 'an unknown container', format.codec].filter(Boolean).join(' / ')}, not ${want.name} as .${entry.ext} says` });
      continue;
    }
    const duration = format.duration;
    if (duration === undefined || !Number.isFinite(duration) || duration <= 0) {
      problems.push({ ...at, path: 'duration', message: 'duration unknown: the file has no readable audio frames' });
      continue;
    }
    probed.push({ ...entry, duration });
  }
  return { probed, problems };
}

/** The served name of a recording: its content hash in the name, so a replaced file is never served from a stale cache. */
export function audioPublicName(entry: AudioEntry, bytes: Uint8Array): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  return `audio/${entry.siteId}.${entry.lang}.${hash}.${entry.ext}`;
}

/** content/audio.json: the recordings by site and language. */
export function buildAudioList(files: ContentFiles, probed: readonly ProbedAudio[], prefix: string): AudioList {
  const list: AudioList = {};
  for (const p of probed) {
    const recording: Recording = {
      src: prefix + audioPublicName(p, files.get(p.file) ?? new Uint8Array()),
      type: AUDIO_MIME[p.ext],
      duration: Math.round(p.duration * 10) / 10,
      credit: p.sidecar.credit,
      licence: p.sidecar.licence,
      ...(p.sidecar.licenceUrl !== undefined ? { licenceUrl: p.sidecar.licenceUrl } : {}),
      source: p.sidecar.source,
    };
    (list[p.siteId] ??= {})[p.lang] = recording;
  }
  return list;
}
