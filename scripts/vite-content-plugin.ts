import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Plugin } from 'vite';
import { validateContent } from '../src/domain/validate/validate-content.ts';
import { formatProblem } from '../src/domain/validate/problem.ts';
import { readDataFolder } from './lib/read-data-folder.ts';
import { buildContentIndex, buildSearchText } from '../src/domain/content-index.ts';

function derivedFiles(root: string): Map<string, string> {
  const { content } = validateContent(readDataFolder(root));
  return new Map([
    ['index.json', JSON.stringify(buildContentIndex(content, content.storyModes.map((m) => ({ id: m.id, title: m.title }))))],
    ['search-text.json', JSON.stringify(buildSearchText(content))],
    // Quizzes are authored in YAML and served validated as JSON, so the app needs no YAML parser to run one.
    ...content.quizzes.map((q): [string, string] => [`quizzes/${q.siteId}.json`, JSON.stringify(q)]),
  ]);
}

/** Public URL prefix of the content files: data/x → <base>content/x. */
export const CONTENT_PREFIX = 'content/';

/**
 * Serves data/ as /content/ in dev, and in a build validates it (failing the build on any problem, the same
 * errors as `npm run data:check`) and emits every content file into dist/content/.
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
        const derived = derivedFiles(root).get(rel);
        if (derived !== undefined) {
          res.setHeader('Content-Type', 'application/json');
          return res.end(derived);
        }
        const file = join(root, 'data', rel);
        if (rel.startsWith('..') || !existsSync(file)) return next();
        res.setHeader('Content-Type', rel.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'application/json');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      const files = readDataFolder(root);
      const { problems } = validateContent(files);
      if (problems.length > 0) {
        this.error(`content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
      }
      for (const [name, text] of derivedFiles(root)) this.emitFile({ type: 'asset', fileName: CONTENT_PREFIX + name, source: text });
      for (const [name, bytes] of files) {
        if (name.endsWith('README.md') || name.startsWith('data/quizzes/')) continue;
        this.emitFile({ type: 'asset', fileName: CONTENT_PREFIX + name.slice('data/'.length), source: bytes });
      }
    },
  };
}
