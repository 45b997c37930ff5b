// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { StoryToggle } from '../../src/features/story/StoryToggle.tsx';
import { ResetCountContext } from '../../src/shared/reset-count.ts';
import { fakeVoice, installFakeSpeech, type FakeSpeechSynthesis } from '../support/fake-speech.ts';
import { renderWithI18n } from './render.tsx';

const stories = join(import.meta.dirname, '../../data/stories');

function stubStoryFetch() {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = new URL(url).pathname.split('/').pop() ?? '';
    return new Response(readFileSync(join(stories, name), 'utf8'), { status: 200 });
  });
}

async function startListening(synth: FakeSpeechSynthesis) {
  fireEvent.click(await screen.findByRole('button', { name: /Nghe/ }, { timeout: 5000 }));
  // The first press loads the player's chunk: allow for a busy machine.
  await waitFor(() => expect(synth.spoken.length).toBe(1), { timeout: 5000 });
}

describe('narration with the device voice', () => {
  beforeEach(() => {
    stubStoryFetch();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reads the story one sentence at a time, in order, with the Vietnamese voice, highlighting the current one', async () => {
    const synth = installFakeSpeech([fakeVoice('en-US'), fakeVoice('vi-VN', 'Linh')]);
    renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    expect(synth.spoken).toEqual([]); // no autoplay
    await startListening(synth);
    expect(synth.spoken[0]?.text).toBe('Đồi Tỉn Keo – nơi quyết định mở Chiến dịch Điện Biên Phủ');
    expect(synth.spoken[0]?.voice?.name).toBe('Linh');
    expect(synth.spoken[0]?.lang).toBe('vi-VN');
    await act(async () => synth.finish());
    await act(async () => synth.finish());
    expect(synth.spoken.length).toBe(3);
    const texts = synth.spoken.map((u) => u.text);
    const transcript = [...document.querySelectorAll('.narration__chunk')].map((e) => e.textContent?.trim());
    expect(transcript.slice(0, 3)).toEqual(texts);
    expect(document.querySelector('[aria-current="true"]')?.textContent?.trim()).toBe(texts[2]);
    for (const u of synth.spoken) expect(u.text.length).toBeLessThanOrEqual(180);
  });

  it('pauses, resumes the same sentence, skips to the next section and changes speed', async () => {
    const synth = installFakeSpeech([fakeVoice('vi-VN')]);
    renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    await startListening(synth);
    await act(async () => synth.finish());
    const second = synth.spoken[1]?.text;
    expect(document.activeElement?.textContent).toBe('Tạm dừng'); // focus moved into the player
    fireEvent.click(screen.getByRole('button', { name: 'Tạm dừng' }));
    expect(synth.current).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Đã tạm dừng ở câu 2\//);
    fireEvent.click(screen.getByRole('button', { name: 'Đọc tiếp' }));
    expect(synth.current?.text).toBe(second);
    fireEvent.change(screen.getByLabelText('Tốc độ'), { target: { value: '1.5' } });
    expect(synth.current?.rate).toBe(1.5);
    expect(synth.current?.text).toBe(second);
    fireEvent.click(screen.getByRole('button', { name: 'Sang phần sau' }));
    const heading = document.querySelectorAll('.narration__section')[1]?.querySelector('strong')?.textContent?.trim();
    expect(synth.current?.text).toBe(heading);
  });

  it('stops speaking when the panel closes, and speaks nothing after', async () => {
    const synth = installFakeSpeech([fakeVoice('vi-VN')]);
    const { unmount } = renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    await startListening(synth);
    const cancels = synth.cancels;
    unmount();
    expect(synth.cancels).toBeGreaterThan(cancels);
    expect(synth.current).toBeNull();
    expect(synth.spoken.length).toBe(1);
  });

  it('Stop closes the player and gives focus back to the Listen button', async () => {
    const synth = installFakeSpeech([fakeVoice('vi-VN')]);
    renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    await startListening(synth);
    fireEvent.click(screen.getByRole('button', { name: 'Dừng nghe' }));
    expect(synth.current).toBeNull();
    expect(document.activeElement?.textContent).toContain('Nghe');
  });

  it('stops on a language change (and does not start again by itself) and on a kiosk reset', async () => {
    const synth = installFakeSpeech([fakeVoice('vi-VN'), fakeVoice('en-GB')]);
    // The shell hands down the store's count of kiosk resets.
    const at = (resets: number, lang: 'vi' | 'en') => (
      <I18nextProvider i18n={i18n}>
        <ResetCountContext.Provider value={resets}><StoryToggle siteId="tin-keo" lang={lang} /></ResetCountContext.Provider>
      </I18nextProvider>
    );
    const { rerender, i18n } = renderWithI18n(<ResetCountContext.Provider value={0}><StoryToggle siteId="tin-keo" lang="vi" /></ResetCountContext.Provider>);
    await startListening(synth);
    await act(async () => i18n.changeLanguage('en'));
    rerender(at(0, 'en'));
    expect(synth.current).toBeNull();
    expect(await screen.findByRole('button', { name: /Listen/ })).toBeTruthy();
    expect(synth.spoken.length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: /Listen/ }));
    await waitFor(() => expect(synth.current?.lang).toBe('en-GB'));
    expect(synth.current?.text).toMatch(/^Tỉn Keo Hill/);
    rerender(at(1, 'en')); // the store's reset
    expect(synth.current).toBeNull();
    expect(screen.queryByRole('region', { name: 'Listen to the story' })).toBeNull();
  });

  it('without a Vietnamese voice: no Listen button, a line that opens how to add one', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      installFakeSpeech([fakeVoice('en-US')]);
      renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
      await act(async () => vi.advanceTimersByTime(2500));
      expect(screen.queryByRole('button', { name: /Nghe/ })).toBeNull();
      const note = screen.getByText(/chưa có giọng đọc tiếng Việt/);
      fireEvent.click(note);
      const details = note.closest('details')!;
      details.open = true;
      fireEvent(details, new Event('toggle'));
      expect(await screen.findByText(/Android:/)).toBeTruthy();
      expect(screen.getByText(/Windows:/)).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the button when the voice list arrives late (voiceschanged)', async () => {
    const synth = installFakeSpeech([]);
    renderWithI18n(<StoryToggle siteId="tin-keo" lang="vi" />);
    expect(screen.queryByRole('button', { name: /Nghe/ })).toBeNull();
    act(() => synth.setVoices([fakeVoice('vi-VN')]));
    expect(await screen.findByRole('button', { name: /Nghe/ })).toBeTruthy();
  });
});
