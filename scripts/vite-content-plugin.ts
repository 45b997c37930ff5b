import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Plugin } from 'vite';
import { validateContent, type ContentFiles } from '../src/domain/validate/validate-content.ts';
import { formatProblem } from '../src/domain/validate/problem.ts';
import { readDataFolder } from './lib/read-data-folder.ts';
import { buildContentIndex, buildSearchText } from '../src/domain/content-index.ts';
import { AUDIO_MIME, type AudioExtension } from '../src/domain/media/audio.ts';
import { audioPublicName, buildAudioList, probeAudio } from './lib/audio-files.ts';
import { buildPhotos, probePhotos } from './lib/photo-files.ts';

/** Public URL prefix of the content files: data/x → <base>content/x. */
export const CONTENT_PREFIX = 'content/';

async function derivedFiles(files: ContentFiles): Promise<{ text: Map<string, string>; audio: Map<string, Uint8Array> }> {
  const { content } = validateContent(files);
  const { probed } = await probeAudio(files, content.audio);
  const audio = new Map(probed.map((p) => [audioPublicName(p, files.get(p.file) ?? new Uint8Array()), files.get(p.file) ?? new Uint8Array()]));
  // Photos: only the derived copies are served (WebP/AVIF in a few widths), never the editor's original.
  const photos = await buildPhotos(files, (await probePhotos(files, content.photos)).probed, CONTENT_PREFIX);
  for (const [name, bytes] of photos.files) audio.set(name, bytes);
  const text = new Map([
    ['index.json', JSON.stringify(buildContentIndex(content, content.storyModes.map((m) => ({ id: m.id, title: m.title }))))],
    ['search-text.json', JSON.stringify(buildSearchText(content))],
    // Recorded narration by site and language (the Listen button reads it when a panel with a story opens).
    ['audio.json', JSON.stringify(buildAudioList(files, probed, CONTENT_PREFIX))],
    // Photos by site (the panel's gallery reads it; its thumbnails are precached, larger copies kept once viewed).
    ['images.json', JSON.stringify(photos.index)],
    // Quizzes are authored in YAML and served validated as JSON, so the app needs no YAML parser to run one.
    ...content.quizzes.map((q): [string, string] => [`quizzes/${q.siteId}.json`, JSON.stringify(q)]),
  ]);
  return { text, audio };
}

/** Answer a media request with its bytes, honouring a single Range (the audio element seeks with them). */
function sendBytes(req: { headers: Record<string, string | string[] | undefined> }, res: import('node:http').ServerResponse, bytes: Uint8Array, type: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Accept-Ranges', 'bytes');
  const m = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers['range'] ?? ''));
  if (!m) {
    res.end(bytes);
    return;
  }
  const start = m[1] ? Number(m[1]) : Math.max(0, bytes.length - Number(m[2]));
  const end = m[1] && m[2] ? Math.min(Number(m[2]), bytes.length - 1) : bytes.length - 1;
  res.statusCode = 206;
  res.setHeader('Content-Range', `bytes ${start}-${end}/${bytes.length}`);
  res.end(bytes.subarray(start, end + 1));
}

/**
 * Serves data/ as /content/ in dev, and in a build validates it (failing the build on any problem, the same
 * errors as `npm run data:check`) and emits every content file into dist/content/; recordings under
 * content/audio/<site>.<lang>.<hash>.<ext> (never precached: a phone caches one when it is played); photos as
 * content/images/<site>/<name>.<hash>.<thumb|width>.<webp|avif> with the index content/images.json.
 */
export function contentPlugin(root: string): Plugin {
  return {
    name: 'red-address-content',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const at = url.indexOf(`/${CONTENT_PREFIX}`);
        if (at < 0) return next();
        const rel = normalize(decodeURIComponent(url.slice(at + CONTENT_PREFIX.length + 1)));
        derivedFiles(readDataFolder(root)).then(({ text, audio }) => {
          const derived = text.get(rel);
          if (derived !== undefined) {
            res.setHeader('Content-Type', 'application/json');
            return res.end(derived);
          }
          const media = audio.get(rel);
          const ext = rel.split('.').pop() ?? '';
          if (media !== undefined) return sendBytes(req, res, media, ext === 'webp' || ext === 'avif' ? `image/${ext}` : AUDIO_MIME[ext as AudioExtension]);
          const file = join(root, 'data', rel);
          if (rel.startsWith('..') || rel.startsWith('audio/') || rel.startsWith('images/') || !existsSync(file)) return next();
          res.setHeader('Content-Type', rel.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'application/json');
          res.end(readFileSync(file));
        }, next);
      });
    },
    async generateBundle() {
      const files = readDataFolder(root);
      const { problems, content } = validateContent(files);
      problems.push(...(await probeAudio(files, content.audio)).problems);
      problems.push(...(await probePhotos(files, content.photos)).problems);
      if (problems.length > 0) {
        this.error(`content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
      }
      const { text, audio } = await derivedFiles(files);
      for (const [name, source] of text) this.emitFile({ type: 'asset', fileName: CONTENT_PREFIX + name, source });
      for (const [name, source] of audio) this.emitFile({ type: 'asset', fileName: CONTENT_PREFIX + name, source });
      for (const [name, bytes] of files) {
        if (name.endsWith('README.md') || name.startsWith('data/quizzes/') || name.startsWith('data/audio/') || name.startsWith('data/images/')) continue;
        this.emitFile({ type: 'asset', fileName: CONTENT_PREFIX + name.slice('data/'.length), source: bytes });
      }
    },
  };
}
