/**
 * npm run data:check [-- <folder containing data/>]
 * Validates every content file and prints every problem as `file: feature <id>: <field path>: message`.
 * Exits 1 when any problem is found.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../src/domain/validate/validate-content.ts';
import { formatProblem } from '../src/domain/validate/problem.ts';
import { readDataFolder } from './lib/read-data-folder.ts';
import { probeAudio } from './lib/audio-files.ts';
import { probePhotos } from './lib/photo-files.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');
const root = resolve(process.argv[2] ?? repoRoot);

let files;
try {
  files = readDataFolder(root);
} catch (e) {
  console.error(`data:check: cannot read ${root}/data: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
const { content, problems } = validateContent(files);
// Recordings: readable in the format their name says, with a known duration.
problems.push(...(await probeAudio(files, content.audio)).problems);
// Photos: decoded whole, in the format their name says.
problems.push(...(await probePhotos(files, content.photos)).problems);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`data:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files.size} files`);
  process.exit(1);
}
const located = content.sites.filter((s) => s.geometry !== null).length;
console.log(
  `data:check: ${files.size} files OK – ${content.sites.length} sites (${located} located), ${content.routes.length} routes, ` +
    `${content.stories.length} stories, ${content.storyModes.length} guided stories, ` +
    `${content.quizzes.length} quiz${content.quizzes.length === 1 ? '' : 'zes'} with ${content.quizzes.reduce((n, q) => n + q.questions.length, 0)} quiz questions, ` +
    `${content.audio.length} recording${content.audio.length === 1 ? '' : 's'}, ` +
    `${content.photos.length} photo${content.photos.length === 1 ? '' : 's'}`,
);
