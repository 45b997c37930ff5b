// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { parse as parseYaml } from 'yaml';
import KioskQuizCard from '../../src/features/kiosk/KioskQuizCard.tsx';
import { AttractLoop } from '../../src/features/kiosk/AttractLoop.tsx';
import { QuizFileSchema, type QuizQuestion } from '../../src/domain/quiz/quiz-schema.ts';
import { forgetPhotoIndex } from '../../src/features/photos/SitePhotos.tsx';
import { seededRandom } from '../support/seeded-random.ts';
import { realSites, renderWithI18n } from './render.tsx';

/**
 * The kiosk's attract loop with what issues 13 and 14 add to it: a quiz card (one question from data/quizzes, big
 * answer buttons, the answer after a tap or a wait, nothing stored) after every few site cards, and the site's first
 * photo on its card. Timers are faked (setTimeout only), the content is served from data/ as the build serves it.
 */

const data = join(import.meta.dirname, '../../data');
const questionsOf = (siteId: string): QuizQuestion[] => QuizFileSchema.parse(parseYaml(readFileSync(join(data, 'quizzes', `${siteId}.yaml`), 'utf8'))).questions;

const PHOTO = {
  id: '01-gate',
  width: 1600,
  height: 1067,
  placeholder: 'data:image/webp;base64,UklGRg==',
  webp: [{ src: 'content/images/tin-keo/01-gate.0123456789.thumb.webp', width: 480, height: 320 }],
  avif: [],
  caption: { vi: 'Cổng thử', en: 'Test gate' },
  alt: { vi: 'Ảnh thử cổng khu di tích', en: 'Test photo of the gate' },
  credit: 'Người chụp thử',
  licence: 'CC0-1.0',
  source: 'https://example.org/anh',
  date: '2026',
};

function stubContent() {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    fetched.push(path);
    if (path.endsWith('/content/images.json')) return new Response(JSON.stringify({ 'tin-keo': [PHOTO] }), { status: 200 });
    const quiz = /\/content\/quizzes\/([\w-]+)\.json$/.exec(path);
    if (quiz?.[1]) {
      try {
        return new Response(JSON.stringify({ siteId: quiz[1], questions: questionsOf(quiz[1]) }), { status: 200 });
      } catch {
        return new Response('not found', { status: 404 });
      }
    }
    return new Response('not found', { status: 404 });
  });
  return fetched;
}

/** Let fetches and lazy imports settle (real promises; only setTimeout is fake). */
async function settle() {
  for (let i = 0; i < 10; i++) await act(async () => await new Promise<void>((r) => queueMicrotask(r)));
}
async function advance(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
  await settle();
}

function card(): HTMLElement {
  const el = document.querySelector<HTMLElement>('.attract-quiz');
  if (!el) throw new Error('no quiz card on screen');
  return el;
}
function options(): HTMLButtonElement[] {
  return [...card().querySelectorAll<HTMLButtonElement>('.attract-quiz__option')];
}
/** The question on screen, found in the site's authored quiz (it must be one of them, never made up). */
function authored(siteId: string): QuizQuestion {
  const id = card().getAttribute('data-question-id');
  const q = questionsOf(siteId).find((x) => x.id === id);
  if (!q) throw new Error(`question ${id} is not in data/quizzes/${siteId}.yaml`);
  return q;
}
function rightButton(q: QuizQuestion, lang: 'vi' | 'en' = 'vi'): HTMLButtonElement {
  const right = q.options.find((o) => o.correct === true)?.[lang] ?? '\u0000';
  const b = options().find((o) => o.querySelector('.attract-quiz__text')?.textContent === right);
  if (!b) throw new Error('right answer not on screen');
  return b;
}

async function showQuiz(siteId: string, lang: 'vi' | 'en' = 'vi', extra: { onDismiss?: () => void } = {}) {
  const onDone = vi.fn();
  const onDismiss = vi.fn(extra.onDismiss);
  renderWithI18n(
    <KioskQuizCard siteId={siteId} siteName="Đồi Tỉn Keo" lang={lang} revealMs={8000} afterMs={6000} onDone={onDone} onDismiss={onDismiss} random={seededRandom(7)} />,
    lang,
  );
  await settle();
  return { onDone, onDismiss };
}

describe('kiosk quiz card', () => {
  let setItem: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    stubContent();
    localStorage.clear();
    sessionStorage.clear();
    setItem = vi.spyOn(Storage.prototype, 'setItem');
  });
  afterEach(() => {
    // Nothing about the visitor's answers is ever kept on the kiosk.
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    setItem.mockRestore();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows one question of the site from data/quizzes with big answer buttons; with no tap, the answer and why after revealMs, then moves on', async () => {
    const { onDone, onDismiss } = await showQuiz('tin-keo');
    const q = authored('tin-keo');
    expect(screen.getByRole('heading', { name: q.question.vi })).toBeTruthy();
    expect(screen.getByText('Đố vui · Đồi Tỉn Keo')).toBeTruthy();
    expect(options().map((b) => b.querySelector('.attract-quiz__text')?.textContent).sort()).toEqual(q.options.map((o) => o.vi).sort());
    expect(screen.getByRole('group', { name: q.question.vi })).toBeTruthy();
    expect(screen.getByText('Chạm vào đáp án bạn chọn')).toBeTruthy();
    expect(card().textContent).not.toContain(q.explanation.vi);

    await advance(7999);
    expect(card().hasAttribute('data-revealed')).toBe(false);
    await advance(1);
    expect(card().getAttribute('data-revealed')).toBe('timeout');
    const right = q.options.find((o) => o.correct === true)?.vi;
    expect(card().querySelector('.attract-quiz__verdict')?.textContent).toBe(`Đáp án: ${right}. ${q.explanation.vi}`);
    expect(rightButton(q).className).toContain('attract-quiz__option--right');
    expect(rightButton(q).textContent).toContain('✓ đáp án đúng');
    expect(card().querySelectorAll('.attract-quiz__option--wrong')).toHaveLength(0);

    await advance(5999);
    expect(onDone).not.toHaveBeenCalled();
    await advance(1);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('a tap on the right answer shows it at once with the explanation, without ending the tour; the card goes on afterMs later', async () => {
    const { onDone, onDismiss } = await showQuiz('tin-keo');
    const q = authored('tin-keo');
    await advance(2000);
    fireEvent.click(rightButton(q));
    expect(card().getAttribute('data-revealed')).toBe('tap');
    expect(card().querySelector('.attract-quiz__verdict')?.textContent).toBe(`Chính xác! ${q.explanation.vi}`);
    expect(onDismiss).not.toHaveBeenCalled();
    // Another tap changes nothing: the answer is given.
    fireEvent.click(options().find((b) => b !== rightButton(q)) as HTMLButtonElement);
    expect(card().querySelectorAll('.attract-quiz__option--wrong')).toHaveLength(0);
    // The time to read counts from the tap (not from the question's own wait).
    await advance(5999);
    expect(onDone).not.toHaveBeenCalled();
    await advance(1);
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('a tap on a wrong answer marks it and names the right one (English); a tap beside the answers ends the tour', async () => {
    const { onDismiss } = await showQuiz('atk-dinh-hoa', 'en');
    const q = authored('atk-dinh-hoa');
    const wrong = options().find((b) => b !== rightButton(q, 'en')) as HTMLButtonElement;
    fireEvent.click(wrong);
    const right = q.options.find((o) => o.correct === true)?.en;
    expect(card().querySelector('.attract-quiz__verdict')?.textContent).toBe(`Not quite. The right answer: ${right}. ${q.explanation.en}`);
    expect(wrong.className).toContain('attract-quiz__option--wrong');
    expect(wrong.textContent).toContain('✗ your choice');
    expect(rightButton(q, 'en').textContent).toContain('✓ right answer');
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('heading', { name: q.question.en }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('a site without a quiz shows no card: the tour moves on at once', async () => {
    const { onDone } = await showQuiz('no-such-site');
    expect(document.querySelector('.attract-quiz')).toBeNull();
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});

describe('attract loop: site cards, the first photo, and a quiz card after every quizEvery sites', () => {
  const sites = realSites();
  const featured = ['tin-keo', 'atk-dinh-hoa', 'den-duom'].map((id) => sites.find((s) => s.id === id)!);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    forgetPhotoIndex();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('tours tin-keo (with its photo, alt and credit), atk-dinh-hoa (no photo: today\'s card), a quiz on the last one, then on', async () => {
    stubContent();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    renderWithI18n(<AttractLoop sites={featured} lang="vi" dwellMs={1000} quizEvery={2} onPick={() => undefined} onDismiss={() => undefined} />);
    await settle();
    const first = document.querySelector('.attract-card') as HTMLElement;
    expect(first.getAttribute('data-site-id')).toBe('tin-keo');
    expect(first.className).toContain('attract-card--photo');
    const img = screen.getByAltText('Ảnh thử cổng khu di tích') as HTMLImageElement;
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '1067']);
    expect(img.closest('picture')?.querySelector('source[type="image/webp"]')?.getAttribute('srcset')).toMatch(/01-gate\.0123456789\.thumb\.webp 480w$/);
    expect(first.querySelector('.attract-card__credit')?.textContent).toBe('Ảnh: Người chụp thử · CC0-1.0');

    await advance(1000);
    const second = document.querySelector('.attract-card') as HTMLElement;
    expect(second.getAttribute('data-site-id')).toBe('atk-dinh-hoa');
    expect(second.className).not.toContain('attract-card--photo');
    expect(second.querySelector('img')).toBeNull();

    await advance(1000);
    await vi.waitFor(() => expect(document.querySelector('.attract-quiz')).not.toBeNull());
    expect(card().getAttribute('data-site-id')).toBe('atk-dinh-hoa');
    authored('atk-dinh-hoa');
    // Its own time: revealMs, then afterMs (both the dwell here), then the next site.
    await advance(1000);
    expect(card().getAttribute('data-revealed')).toBe('timeout');
    await advance(1000);
    expect(document.querySelector('.attract-quiz')).toBeNull();
    expect(document.querySelector('.attract-card')?.getAttribute('data-site-id')).toBe('den-duom');
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();
  });

  it('quizEvery 0: site cards only', async () => {
    stubContent();
    renderWithI18n(<AttractLoop sites={featured} lang="en" dwellMs={1000} quizEvery={0} onPick={() => undefined} onDismiss={() => undefined} />, 'en');
    await settle();
    const seen: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push(document.querySelector('.attract-card')?.getAttribute('data-site-id') ?? null);
      await advance(1000);
    }
    expect(seen).toEqual(['tin-keo', 'atk-dinh-hoa', 'den-duom', 'tin-keo']);
    expect(document.querySelector('.attract-quiz')).toBeNull();
  });
});
