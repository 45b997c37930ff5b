import type { Lang } from '../schema/common.ts';
import type { SiteFeature } from '../schema/site.ts';
import type { Story } from '../schema/story.ts';
import { AUDIO_FILE_NAME, AUDIO_SIDECAR_NAME, AudioSidecarSchema, MAX_AUDIO_BYTES, type AudioExtension, type AudioSidecar } from '../media/audio.ts';
import { parseJsonFile } from './decode.ts';
import { issuesToProblems, type Problem } from './problem.ts';

/** A recording whose name, site, sidecar and size passed; its format and duration are checked by the build's probe. */
export interface AudioEntry {
  file: string;
  siteId: string;
  lang: Lang;
  ext: AudioExtension;
  sidecar: AudioSidecar;
}

/**
 * Check data/audio/: every recording is named for a known site and language that has a story, has a sidecar with
 * credit and an allowed licence, is not too large, and is the only one for its site and language.
 */
export function validateAudio(
  files: ReadonlyMap<string, Uint8Array>,
  sites: readonly SiteFeature[],
  stories: readonly Story[],
): { audio: AudioEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const known = new Set(sites.map((s) => s.id));
  const storyKeys = new Set(stories.map((s) => `${s.siteId}.${s.lang}`));
  const sidecars = new Map<string, string>(); // "<site>.<lang>" → sidecar file
  const recordings = new Map<string, string[]>(); // "<site>.<lang>" → recording files
  for (const file of files.keys()) {
    if (!file.startsWith('data/audio/') || file.endsWith('/README.md')) continue;
    const rec = AUDIO_FILE_NAME.exec(file)?.groups;
    const side = AUDIO_SIDECAR_NAME.exec(file)?.groups;
    if (rec) {
      const key = `${rec['siteId']}.${rec['lang']}`;
      recordings.set(key, [...(recordings.get(key) ?? []), file]);
    } else if (side) sidecars.set(`${side['siteId']}.${side['lang']}`, file);
    else {
      problems.push({
        file,
        path: 'fileName',
        message: 'not a recording name: use data/audio/<site-id>.<vi|en>.<mp3|m4a|opus> with its sidecar <site-id>.<vi|en>.json',
      });
    }
  }

  const audio: AudioEntry[] = [];
  for (const [key, list] of recordings) {
    const [siteId = '', lang = 'vi'] = key.split('.') as [string, Lang];
    const file = list[0] ?? '';
    let ok = true;
    if (list.length > 1) {
      problems.push({ file: list[1] ?? file, feature: siteId, path: 'fileName', message: `a second recording for ${key} (${list.join(', ')}): keep one` });
      ok = false;
    }
    if (!known.has(siteId)) {
      problems.push({ file, feature: siteId, path: 'fileName', message: `recording for a site that does not exist ("${siteId}")` });
      ok = false;
    } else if (!storyKeys.has(key)) {
      problems.push({ file, feature: siteId, path: 'fileName', message: `no story data/stories/${key}.md for this recording to read (the player sits beside the story)` });
      ok = false;
    }
    const size = files.get(file)?.length ?? 0;
    if (size === 0) {
      problems.push({ file, feature: siteId, path: '', message: 'file is empty' });
      ok = false;
    } else if (size > MAX_AUDIO_BYTES) {
      problems.push({ file, feature: siteId, path: '', message: `file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_AUDIO_BYTES / 1048576} MB limit for a recording` });
      ok = false;
    }
    const sidecarFile = sidecars.get(key);
    if (sidecarFile === undefined) {
      problems.push({ file, feature: siteId, path: 'sidecar', message: `no sidecar data/audio/${key}.json with credit, licence and source` });
      continue;
    }
    const parsed = parseJsonFile(sidecarFile, files.get(sidecarFile) ?? new Uint8Array());
    if (!parsed.ok) {
      problems.push({ ...parsed.problem, feature: siteId });
      continue;
    }
    const sidecar = AudioSidecarSchema.safeParse(parsed.value);
    if (!sidecar.success) {
      problems.push(...issuesToProblems(sidecar.error.issues, sidecarFile, siteId));
      continue;
    }
    const ext = /\.(mp3|m4a|opus)$/.exec(file)?.[1] as AudioExtension;
    if (ok) audio.push({ file, siteId, lang, ext, sidecar: sidecar.data });
  }
  for (const [key, file] of sidecars) {
    if (!recordings.has(key)) {
      problems.push({ file, feature: key.split('.')[0] ?? key, path: 'fileName', message: `sidecar without a recording (data/audio/${key}.mp3, .m4a or .opus)` });
    }
  }
  return { audio: audio.sort((a, b) => a.file.localeCompare(b.file)), problems };
}
