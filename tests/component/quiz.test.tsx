// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parse as parseYaml } from 'yaml';
import { QuizRunner } from '../../src/features/quiz/QuizRunner.tsx';
import { StoryToggle } from '../../src/features/story/StoryToggle.tsx';
import { QuizFileSchema, type SiteQuestion } from '../../src/domain/quiz/quiz-schema.ts';
import { PASSPORT_KEY } from '../../src/domain/passport/passport-store.ts';
import { sectionAnchor } from '../../src/domain/quiz/story-sections.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { renderWithI18n } from './render.tsx';

const data = join(import.meta.dirname, '../../data');

function siteQuestions(siteId: string): SiteQuestion[] {
  const file = QuizFileSchema.parse(parseYaml(readFileSync(join(data, 'quizzes', `${siteId}.yaml`), 'utf8')));
  return file.questions.map((question) => ({ siteId, question }));
}

/** Serve stories from data/stories and quizzes as the build does (validated YAML → JSON). */
function stubContentFetch() {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    const name = path.split('/').pop() ?? '';
    if (path.includes('/content/quizzes/')) {
      const siteId = name.replace(/\.json$/, '');
      try {
        return new Response(JSON.stringify({ siteId, questions: siteQuestions(siteId).map((q) => q.question) }), { status: 200 });
      } catch {
        return new Response('not found', { status: 404 });
      }
    }
    return new Response(readFileSync(join(data, 'stories', name), 'utf8'), { status: 200 });
  });
}

/** The shown options of the question on screen, as radios, and which of them is right (by the authored data). */
function group(): HTMLElement {
  const g = document.querySelector<HTMLElement>('fieldset.quiz__question');
  if (!g) throw new Error('no question on screen');
  return g;
}
function radios() {
  return within(group()).getAllByRole('radio') as HTMLInputElement[];
}
function rightIndex(questions: SiteQuestion[]): number {
  const legend = group().querySelector('.quiz__text')?.textContent;
  const q = questions.find((x) => x.question.question.vi === legend || x.question.question.en === legend);
  if (!q) throw new Error(`question not found: ${legend}`);
  const right = q.question.options.find((o) => o.correct === true);
  return radios().findIndex((r) => r.closest('label')?.textContent?.includes(right?.vi ?? '\u0000') || r.closest('label')?.textContent?.includes(right?.en ?? '\u0000'));
}
function status() {
  return document.querySelector('.quiz [role="status"]')?.textContent ?? '';
}

describe('quiz UI', () => {
  const questions = siteQuestions('tin-keo').slice(0, 3);

  it('asks one question at a time as a real radio group, checks, explains, links to the source and scores', () => {
    const onDone = vi.fn(() => undefined);
    renderWithI18n(<QuizRunner questions={questions} lang="vi" title="Đố vui: Đồi Tỉn Keo" random={seededRandom(1)} onDone={onDone} renderSource={(item) => <a href={`#${item.question.id}`}>nguồn</a>} />);
    const first = screen.getByRole('group', { name: /Câu 1\/3/ });
    expect(first.tagName).toBe('FIELDSET');
    expect(first.querySelector('legend')).not.toBeNull();
    expect(radios().length).toBeGreaterThanOrEqual(3);
    expect(document.activeElement).toBe(radios()[0]); // focus moved into the quiz on open
    // Check with nothing chosen: told to choose, no feedback.
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(status()).toBe('Hãy chọn một đáp án rồi bấm Kiểm tra.');
    // Question 1 right.
    fireEvent.click(radios()[rightIndex(questions)] as HTMLInputElement);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(status()).toMatch(/^Đúng rồi! /);
    expect(document.querySelector('.quiz__verdict')?.textContent).toMatch(/Đúng rồi!/);
    expect(screen.getByRole('link', { name: 'nguồn' })).toBeTruthy();
    for (const r of radios()) expect(r.disabled).toBe(true);
    expect(document.activeElement?.textContent).toBe('Câu tiếp theo');
    fireEvent.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    expect(screen.getByRole('group', { name: /Câu 2\/3/ })).toBeTruthy();
    expect(document.activeElement).toBe(radios()[0]);
    // Question 2 wrong: the right answer is named.
    const wrong = radios().findIndex((_, i) => i !== rightIndex(questions));
    fireEvent.click(radios()[wrong] as HTMLInputElement);
    fireEvent.submit(group().closest('form') as HTMLFormElement); // Enter in the group
    expect(status()).toMatch(/^Chưa đúng\. Đáp án đúng: /);
    expect(document.querySelector('.quiz__option--wrong')).not.toBeNull();
    expect(document.querySelector('.quiz__option--right')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Câu tiếp theo' }));
    // Question 3 right, then the score.
    fireEvent.click(radios()[rightIndex(questions)] as HTMLInputElement);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    fireEvent.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(document.querySelector('.quiz__score')?.textContent).toBe('Bạn trả lời đúng 2/3 câu.');
    expect(status()).toMatch(/^Bạn trả lời đúng 2\/3 câu\. Giỏi lắm!/);
    expect(onDone).toHaveBeenCalledWith({ correct: 2, total: 3 });
  });

  it('retries in a new order, and speaks English in English', () => {
    renderWithI18n(<QuizRunner questions={questions} lang="en" title="Quiz" random={seededRandom(2)} renderSource={() => null} />, 'en');
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      order.push(group().querySelector('.quiz__text')?.textContent ?? '');
      fireEvent.click(radios()[0] as HTMLInputElement);
      fireEvent.click(screen.getByRole('button', { name: 'Check' }));
      fireEvent.click(screen.getByRole('button', { name: i === 2 ? 'See your score' : 'Next question' }));
    }
    expect(document.querySelector('.quiz__score')?.textContent).toMatch(/^You got \d of 3 right\.$/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again (new order)' }));
    expect(screen.getByRole('group', { name: /Question 1 of 3/ })).toBeTruthy();
    expect(group().querySelector('.quiz__text')?.textContent).not.toBeUndefined();
    const again: string[] = [];
    for (let i = 0; i < 3; i++) {
      again.push(group().querySelector('.quiz__text')?.textContent ?? '');
      fireEvent.click(radios()[0] as HTMLInputElement);
      fireEvent.click(screen.getByRole('button', { name: 'Check' }));
      fireEvent.click(screen.getByRole('button', { name: i === 2 ? 'See your score' : 'Next question' }));
    }
    expect([...again].sort()).toEqual([...order].sort());
    expect(again).not.toEqual(order);
  });
});

describe('quiz at the end of a site story', () => {
  beforeEach(() => {
    stubContentFetch();
    localStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('opens on "Đố vui", links each answer to its story section, and a pass stamps the passport', async () => {
    const questions = siteQuestions('tin-keo');
    renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" siteName="Đồi Tỉn Keo" />);
    fireEvent.click(screen.getByRole('button', { name: 'Đọc câu chuyện đầy đủ' }));
    const open = await screen.findByRole('button', { name: /Đố vui/ }, { timeout: 5000 });
    fireEvent.click(open);
    await waitFor(() => group(), { timeout: 5000 });
    expect(screen.getByRole('heading', { name: 'Đố vui: Đồi Tỉn Keo' })).toBeTruthy();
    for (let i = 0; i < questions.length; i++) {
      fireEvent.click(radios()[rightIndex(questions)] as HTMLInputElement);
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
      const link = document.querySelector<HTMLAnchorElement>('.quiz__source a');
      const target = link?.getAttribute('href')?.slice(1) ?? '';
      // The link's target is a heading of the rendered story.
      expect(document.getElementById(target)?.tagName, target).toMatch(/^H[23]$/);
      fireEvent.click(screen.getByRole('button', { name: i === questions.length - 1 ? 'Xem kết quả' : 'Câu tiếp theo' }));
    }
    expect(document.querySelector('.quiz__score')?.textContent).toBe(`Bạn trả lời đúng ${questions.length}/${questions.length} câu.`);
    expect(document.querySelector('.quiz__stamp')?.textContent).toBe('Bạn được đóng dấu Đồi Tỉn Keo vào Hộ chiếu địa chỉ đỏ.');
    expect(status()).toMatch(/Bạn được đóng dấu Đồi Tỉn Keo/);
    const stored = JSON.parse(localStorage.getItem(PASSPORT_KEY) ?? '{}') as { stamps: Record<string, { via: string }> };
    expect(stored.stamps['tin-keo']?.via).toBe('quiz');
    expect(document.getElementById(sectionAnchor('tin-keo', 'Chuyện gì đã diễn ra ở đây'))).not.toBeNull();
  });
});
