import { parseDocument } from 'yaml';
import { QUIZ_FILE_NAME, QuizFileSchema, type SiteQuiz } from '../quiz/quiz-schema.ts';
import { MIN_ROUTE_QUESTIONS, routeQuestions } from '../quiz/route-quiz.ts';
import { storySections } from '../quiz/story-sections.ts';
import type { Route } from '../schema/route.ts';
import type { SiteFeature } from '../schema/site.ts';
import type { Story } from '../schema/story.ts';
import { LANGS } from '../schema/common.ts';
import { decodeUtf8 } from './decode.ts';
import { pathToString, type Problem } from './problem.ts';

const ROUTES_FILE = 'data/routes.json';

/**
 * Validate every quiz in data/quizzes/: the file names a site that has a story, every question's source is one of
 * the site's sources (sites.geojson or the story's front matter), its section is a heading of the story in each
 * language, no question is asked twice (anywhere), every site with a story has a quiz, and every curated route
 * yields at least MIN_ROUTE_QUESTIONS questions. Problems name the file, the question id and the field.
 */
export function validateQuizzes(
  files: ReadonlyMap<string, Uint8Array>,
  sites: readonly SiteFeature[],
  stories: readonly Story[],
  routes: readonly Route[],
): { quizzes: SiteQuiz[]; problems: Problem[] } {
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const quizzes: SiteQuiz[] = [];
  const problems: Problem[] = [];
  const seenText = new Map<string, string>();
  for (const [file, bytes] of files) {
    const match = QUIZ_FILE_NAME.exec(file);
    if (!file.startsWith('data/quizzes/') || file.endsWith('README.md')) continue;
    const siteId = match?.groups?.siteId;
    if (siteId === undefined) {
      problems.push({ file, path: 'fileName', message: 'a quiz file must be named data/quizzes/<site-id>.yaml' });
      continue;
    }
    const site = siteById.get(siteId);
    if (site === undefined) {
      problems.push({ file, feature: siteId, path: 'fileName', message: `quiz for a site that does not exist ("${siteId}")` });
      continue;
    }
    const siteStories = stories.filter((s) => s.siteId === siteId);
    if (siteStories.length === 0) {
      problems.push({ file, feature: siteId, path: 'fileName', message: `site "${siteId}" has no story; a quiz tests what its story says` });
      continue;
    }
    const decoded = decodeUtf8(file, bytes);
    if (!decoded.ok) {
      problems.push({ ...decoded.problem, feature: siteId });
      continue;
    }
    const doc = parseDocument(decoded.text.replace(/^\uFEFF/, ''), { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) problems.push({ file, feature: siteId, path: '', message: `invalid YAML: ${e.message.split('\n')[0]}` });
      continue;
    }
    const parsed = QuizFileSchema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, feature: siteId, path: questionPath(doc.toJS(), issue.path), message: issue.message });
      continue;
    }
    const before = problems.length;
    const sources = new Set([
      ...site.properties.sources.map((s) => s.url),
      ...siteStories.flatMap((s) => s.frontMatter.sources.map((src) => src.url)),
    ]);
    const ids = new Set<string>();
    for (const q of parsed.data.questions) {
      const at = (field: string, message: string): void => {
        problems.push({ file, feature: siteId, path: `question ${q.id}: ${field}`, message });
      };
      if (ids.has(q.id)) at('id', `duplicate question id "${q.id}"`);
      ids.add(q.id);
      if (!sources.has(q.source)) at('source', `"${q.source}" is not one of the sources of site "${siteId}"`);
      for (const lang of LANGS) {
        const story = siteStories.find((s) => s.lang === lang);
        if (story === undefined) {
          at(`section.${lang}`, `site "${siteId}" has no ${lang} story`);
          continue;
        }
        const heading = q.section?.[lang];
        const headings = storySections(story.body);
        if (heading !== undefined && !headings.includes(heading)) {
          at(`section.${lang}`, `no heading "${heading}" in data/stories/${siteId}.${lang}.md (headings: ${headings.map((h) => `"${h}"`).join(', ') || 'none'})`);
        }
        const text = q.question[lang].trim().toLowerCase();
        const other = seenText.get(`${lang}:${text}`);
        if (other !== undefined) at(`question.${lang}`, `the same question is already asked in ${other}`);
        else seenText.set(`${lang}:${text}`, `${file} (question ${q.id})`);
      }
    }
    if (problems.length === before) quizzes.push({ siteId, questions: parsed.data.questions });
  }
  const withQuiz = new Set([...files.keys()].map((f) => QUIZ_FILE_NAME.exec(f)?.groups?.siteId));
  for (const siteId of new Set(stories.map((s) => s.siteId))) {
    if (!withQuiz.has(siteId)) {
      problems.push({ file: `data/quizzes/${siteId}.yaml`, feature: siteId, path: 'fileName', message: `site "${siteId}" has a story but no quiz (at least 3 questions)` });
    }
  }
  const byId = new Map(quizzes.map((q) => [q.siteId, q]));
  for (const route of routes) {
    const count = routeQuestions(route.stops.map((s) => s.site), byId).length;
    if (count < MIN_ROUTE_QUESTIONS && byId.size > 0) {
      problems.push({ file: ROUTES_FILE, feature: route.id, path: 'stops', message: `route quiz has ${count} question(s); its stops need quizzes giving at least ${MIN_ROUTE_QUESTIONS}` });
    }
  }
  return { quizzes, problems };
}

/** "questions[2].options" → "question <id>: options" when the question's id can be read, so editors find it by name. */
function questionPath(raw: unknown, path: ReadonlyArray<PropertyKey>): string {
  if (path[0] === 'questions' && typeof path[1] === 'number' && raw !== null && typeof raw === 'object') {
    const list = (raw as { questions?: unknown }).questions;
    const item: unknown = Array.isArray(list) ? list[path[1]] : undefined;
    const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    const label = typeof id === 'string' ? `question ${id}` : `question #${path[1] + 1}`;
    return path.length > 2 ? `${label}: ${pathToString(path.slice(2))}` : label;
  }
  return pathToString(path);
}
