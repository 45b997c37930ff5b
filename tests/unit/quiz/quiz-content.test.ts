import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/domain/validate/validate-content.ts';
import { formatProblem } from '../../../src/domain/validate/problem.ts';
import { readDataFolder } from '../../../scripts/lib/read-data-folder.ts';
import { routeQuestions, MIN_ROUTE_QUESTIONS } from '../../../src/domain/quiz/route-quiz.ts';
import { sectionAnchor, storySections } from '../../../src/domain/quiz/story-sections.ts';

const repo = join(import.meta.dirname, '../../..');
const fixtures = join(repo, 'tests/fixtures');

describe('quiz content', () => {
  it('accepts a valid quiz and hands it over parsed', () => {
    const { content, problems } = validateContent(readDataFolder(join(fixtures, 'good-quiz')));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.quizzes).toHaveLength(1);
    expect(content.quizzes[0]?.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('the real data: every story has a quiz of at least 3 questions, more for the six key sites', () => {
    const { content, problems } = validateContent(readDataFolder(repo));
    expect(problems.map(formatProblem)).toEqual([]);
    const count = new Map(content.quizzes.map((q) => [q.siteId, q.questions.length]));
    for (const story of content.stories) expect(count.get(story.siteId) ?? 0).toBeGreaterThanOrEqual(3);
    for (const id of ['atk-dinh-hoa', 'tin-keo', 'khuon-tat-na-dinh', 'doi-khau-ty', 'den-tho-doi-can-khoi-nghia-1917', 'khu-di-tich-tnxp-dai-doi-915']) {
      expect(count.get(id), id).toBeGreaterThan(3);
    }
  });

  it('every curated route yields a route quiz in visiting order, a stop visited twice asked once', () => {
    const { content } = validateContent(readDataFolder(repo));
    const byId = new Map(content.quizzes.map((q) => [q.siteId, q]));
    for (const route of content.routes) {
      const qs = routeQuestions(route.stops.map((s) => s.site), byId);
      expect(qs.length, route.id).toBeGreaterThanOrEqual(MIN_ROUTE_QUESTIONS);
      const order = [...new Set(qs.map((q) => q.siteId))];
      expect(order).toEqual([...new Set(route.stops.map((s) => s.site))].filter((id) => byId.has(id)));
    }
  });
});

describe('routeQuestions', () => {
  const quiz = (siteId: string, n: number) => ({
    siteId,
    questions: Array.from({ length: n }, (_, i) => ({
      id: `${siteId}-${i}`,
      source: 'https://example.org/',
      question: { vi: `${siteId} ${i}?`, en: `${siteId} ${i}?` },
      options: [{ vi: 'a', en: 'a', correct: true }, { vi: 'b', en: 'b' }, { vi: 'c', en: 'c' }],
      explanation: { vi: 'x', en: 'x' },
    })),
  });
  const quizzes = new Map([['a', quiz('a', 3)], ['b', quiz('b', 3)]]);
  it('takes enough per stop to reach the minimum on a short route', () => {
    expect(routeQuestions(['a', 'b'], quizzes).map((q) => q.question.id)).toEqual(['a-0', 'a-1', 'b-0', 'b-1']);
  });
  it('skips stops without a quiz and repeats of a stop', () => {
    expect(routeQuestions(['a', 'x', 'a', 'b'], quizzes, 1).map((q) => q.question.id)).toEqual(['a-0', 'b-0']);
  });
});

describe('story sections', () => {
  it('lists ## headings and gives them ASCII anchors', () => {
    expect(storySections('Intro\n\n## Chuyện gì đã diễn ra ở đây\ntext\n### sub\n## Ngày nay\n')).toEqual(['Chuyện gì đã diễn ra ở đây', 'Ngày nay']);
    expect(sectionAnchor('tin-keo', 'Chuyện gì đã diễn ra ở đây')).toBe('story-tin-keo-chuyen-gi-da-dien-ra-o-day');
    expect(sectionAnchor('tin-keo', 'Đường đến')).toBe('story-tin-keo-duong-den');
  });
});
