// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import PassportView from '../../src/features/passport/PassportView.tsx';
import { PassportButton } from '../../src/features/passport/PassportButton.tsx';
import { OPEN_PASSPORT_EVENT } from '../../src/features/passport/passport-events.ts';
import { addStamp, DAMAGED_KEY, PASSPORT_KEY } from '../../src/domain/passport/passport-store.ts';
import { realSites, renderWithI18n } from './render.tsx';

const sites = realSites();

describe('visit passport view', () => {
  beforeEach(() => localStorage.clear());

  it('shows every site as a stamp cell, the stamped ones marked, with progress, and refreshes on a new stamp', async () => {
    addStamp('tin-keo', 'quiz', new Date('2026-03-26T08:00:00Z'));
    const onSelect = vi.fn();
    renderWithI18n(<PassportView sites={sites} lang="vi" onClose={() => undefined} onSelect={onSelect} />);
    expect(screen.getByRole('heading', { name: /Hộ chiếu địa chỉ đỏ/ })).toBeTruthy();
    expect(screen.getByText(`Đã có 1/${sites.length} dấu`)).toBeTruthy();
    expect(document.querySelectorAll('.passport__cell')).toHaveLength(sites.length);
    const stamped = [...document.querySelectorAll('.passport__cell--stamped')].map((c) => c.getAttribute('data-site-id'));
    expect(stamped).toEqual(['tin-keo']);
    expect(screen.getByRole('button', { name: /^Đồi Tỉn Keo: Đóng dấu ngày 26\/3\/2026, qua phần đố vui$/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => void addStamp('den-duom', 'qr'));
    await waitFor(() => expect(screen.getByText(`Đã có 2/${sites.length} dấu`)).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: /^Đồi Tỉn Keo:/ }));
    expect(onSelect).toHaveBeenCalledWith('tin-keo');
  });

  it('a damaged store shows a notice and an empty passport, the bad copy kept under another key', () => {
    localStorage.setItem(PASSPORT_KEY, '{"version":1,"stamps":{"tin-keo":');
    renderWithI18n(<PassportView sites={sites} lang="en" onClose={() => undefined} onSelect={() => undefined} />, 'en');
    expect(screen.getByRole('alert').textContent).toMatch(/damaged and could not be read/);
    expect(screen.getByText(`0 of ${sites.length} stamps`)).toBeTruthy();
    expect(localStorage.getItem(DAMAGED_KEY)).toBe('{"version":1,"stamps":{"tin-keo":');
    expect(localStorage.getItem(PASSPORT_KEY)).toBeNull();
  });

  it('the header button loads the view on first press, and the quiz can open it by event', async () => {
    renderWithI18n(<PassportButton sites={sites} lang="vi" onSelect={() => undefined} />);
    expect(document.querySelector('.passport')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Hộ chiếu/ }));
    await screen.findByText(`Đã có 0/${sites.length} dấu`, {}, { timeout: 5000 });
    // The dialog opens (showModal) in an effect after the text is in: wait until its button is in the accessibility tree.
    fireEvent.click(await screen.findByRole('button', { name: 'Đóng hộ chiếu' }, { timeout: 5000 }));
    expect(document.querySelector('.passport')).toBeNull();
    act(() => void window.dispatchEvent(new CustomEvent(OPEN_PASSPORT_EVENT)));
    await screen.findByText(`Đã có 0/${sites.length} dấu`, {}, { timeout: 5000 });
  });
});
