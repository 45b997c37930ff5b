// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { StoryToggle } from '../../src/features/story/StoryToggle.tsx';
import { forgetRecordings } from '../../src/features/narration/recordings.ts';
import { formatClock } from '../../src/features/narration/AudioPlayer.tsx';
import { fakeVoice, installFakeSpeech } from '../support/fake-speech.ts';
import { renderWithI18n } from './render.tsx';

/**
 * The recording player, with a fake media element (jsdom plays nothing): what the buttons and the slider ask of
 * the <audio> element, what it shows back, and that the recording wins over the device voice only in its language.
 */

const stories = join(import.meta.dirname, '../../data/stories');
const RECORDING = {
  src: 'content/audio/tin-keo.vi.0123456789.mp3',
  type: 'audio/mpeg',
  duration: 40,
  credit: 'Người đọc thử nghiệm',
  licence: 'CC-BY-4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  source: 'Bản ghi thử trong bộ kiểm thử',
};

/** One fake media state per element: paused, currentTime, playbackRate, and the calls to play(). */
interface FakeMedia {
  paused: boolean;
  time: number;
  rate: number;
  plays: number;
}
const media = new WeakMap<HTMLMediaElement, FakeMedia>();
const state = (el: HTMLMediaElement): FakeMedia => {
  let s = media.get(el);
  if (!s) media.set(el, (s = { paused: true, time: 0, rate: 1, plays: 0 }));
  return s;
};

function installFakeMedia() {
  const proto = HTMLMediaElement.prototype;
  vi.spyOn(proto, 'play').mockImplementation(function (this: HTMLMediaElement) {
    const s = state(this);
    s.plays++;
    s.paused = false;
    this.dispatchEvent(new Event('play'));
    return Promise.resolve();
  });
  vi.spyOn(proto, 'pause').mockImplementation(function (this: HTMLMediaElement) {
    const s = state(this);
    if (s.paused) return;
    s.paused = true;
    this.dispatchEvent(new Event('pause'));
  });
  vi.spyOn(proto, 'paused', 'get').mockImplementation(function (this: HTMLMediaElement) {
    return state(this).paused;
  });
  vi.spyOn(proto, 'currentTime', 'get').mockImplementation(function (this: HTMLMediaElement) {
    return state(this).time;
  });
  vi.spyOn(proto, 'currentTime', 'set').mockImplementation(function (this: HTMLMediaElement, v: number) {
    state(this).time = v;
    this.dispatchEvent(new Event('timeupdate'));
  });
  vi.spyOn(proto, 'playbackRate', 'set').mockImplementation(function (this: HTMLMediaElement, v: number) {
    state(this).rate = v;
  });
}

function stubContent(list: unknown) {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = new URL(url).pathname.split('/').pop() ?? '';
    if (name === 'audio.json') return new Response(JSON.stringify(list), { status: 200 });
    return new Response(readFileSync(join(stories, name), 'utf8'), { status: 200 });
  });
}

const audioEl = () => document.querySelector('audio')!;

async function openPlayer() {
  fireEvent.click(await screen.findByRole('button', { name: /Nghe/ }, { timeout: 10000 }));
  await screen.findByRole('region', { name: 'Bản ghi âm câu chuyện' }, { timeout: 10000 });
}

describe('the recording player', () => {
  beforeEach(() => {
    forgetRecordings();
    installFakeMedia();
    stubContent({ 'tin-keo': { vi: RECORDING } });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('offers Listen with no device voice at all, plays the recording on the press only, and credits it', async () => {
    installFakeSpeech([]);
    renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    // Generous waits: the first render loads the player's chunk, on a machine that may be busy.
    expect(await screen.findByRole('button', { name: /Nghe/ }, { timeout: 10000 })).toBeTruthy();
    expect(document.querySelector('audio')).toBeNull(); // nothing loads, nothing plays before the press
    await openPlayer();
    expect(audioEl().src).toBe(new URL(RECORDING.src, document.baseURI).href);
    expect(audioEl().getAttribute('preload')).toBe('metadata');
    // play() and the focus move run in the player's effects, after its region is in the DOM: wait for them.
    await waitFor(() => expect(state(audioEl()).plays).toBe(1), { timeout: 10000 });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Tạm dừng'), { timeout: 10000 });
    expect(screen.getByText(/Giọng đọc: Người đọc thử nghiệm · CC-BY-4.0/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'giấy phép' }).getAttribute('href')).toBe(RECORDING.licenceUrl);
    expect(screen.getByText('Nguồn: Bản ghi thử trong bộ kiểm thử')).toBeTruthy();
  });

  it('pauses and plays, jumps ±15 s within the recording, seeks with the slider, changes speed and says the time left', async () => {
    installFakeSpeech([fakeVoice('vi-VN')]);
    renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    await openPlayer();
    const slider = screen.getByRole('slider', { name: 'Vị trí trong bản ghi' });
    expect(slider.getAttribute('max')).toBe('40');
    fireEvent.click(screen.getByRole('button', { name: 'Tạm dừng' }));
    expect(state(audioEl()).paused).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Phát' }));
    expect(state(audioEl()).paused).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Tới 15 giây' }));
    expect(state(audioEl()).time).toBe(15);
    fireEvent.click(screen.getByRole('button', { name: 'Tới 15 giây' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tới 15 giây' }));
    expect(state(audioEl()).time).toBe(40); // not past the end
    fireEvent.click(screen.getByRole('button', { name: 'Lùi 15 giây' }));
    expect(state(audioEl()).time).toBe(25);
    fireEvent.click(screen.getByRole('button', { name: 'Lùi 15 giây' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lùi 15 giây' }));
    expect(state(audioEl()).time).toBe(0); // not before the start

    fireEvent.change(slider, { target: { value: '30' } });
    expect(state(audioEl()).time).toBe(30);
    expect(slider.getAttribute('aria-valuetext')).toBe('0:30 trên 0:40');
    expect(screen.getByText('Còn 0:10')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Tốc độ'), { target: { value: '1.5' } });
    expect(state(audioEl()).rate).toBe(1.5);

    act(() => {
      state(audioEl()).paused = true;
      audioEl().dispatchEvent(new Event('ended'));
    });
    fireEvent.click(screen.getByRole('button', { name: 'Nghe lại từ đầu' }));
    expect(state(audioEl()).time).toBe(0);
    expect(state(audioEl()).paused).toBe(false);
  });

  it('stops when the panel closes, and Stop gives focus back to Listen', async () => {
    installFakeSpeech([]);
    const first = renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    await openPlayer();
    const el = audioEl();
    first.unmount();
    expect(state(el).paused).toBe(true);

    renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    await openPlayer();
    const second = audioEl();
    fireEvent.click(screen.getByRole('button', { name: 'Dừng nghe' }));
    expect(state(second).paused).toBe(true);
    expect(document.querySelector('audio')).toBeNull();
    expect(document.activeElement?.textContent).toContain('Nghe');
  });

  it('a language without a recording falls back to the device voice; a failing file says so', async () => {
    const synth = installFakeSpeech([fakeVoice('vi-VN'), fakeVoice('en-GB')]);
    const { rerender, i18n } = renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    await openPlayer();
    act(() => void audioEl().dispatchEvent(new Event('error')));
    expect(screen.getByRole('status').textContent).toBe('Chưa phát được bản ghi âm.');
    expect(synth.spoken).toEqual([]);
    await act(async () => i18n.changeLanguage('en'));
    rerender(<StoryToggle siteId="tin-keo" lang="en" />);
    expect(document.querySelector('audio')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: /Listen/ }, { timeout: 10000 }));
    await waitFor(() => expect(synth.current?.lang).toBe('en-GB'), { timeout: 10000 });
    expect(document.querySelector('audio')).toBeNull();
  });

  it('an unreadable list means no recordings, never a broken player', async () => {
    stubContent({ 'tin-keo': { vi: { ...RECORDING, src: 'javascript:alert(1)' } } });
    const synth = installFakeSpeech([fakeVoice('vi-VN')]);
    renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    fireEvent.click(await screen.findByRole('button', { name: /Nghe/ }, { timeout: 10000 }));
    await waitFor(() => expect(synth.spoken.length).toBe(1), { timeout: 10000 });
    expect(document.querySelector('audio')).toBeNull();
  });

  it('formats clock times', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(75.4)).toBe('1:15');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(-3)).toBe('0:00');
  });
});
