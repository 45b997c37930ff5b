// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import PassportView from '../../src/features/passport/PassportView.tsx';
import { addStamp } from '../../src/domain/passport/passport-store.ts';
import { deliverImage, imageHeight, renderPassportPng, wrapText, WIDTH, type CanvasLike, type Ctx, type PassportImage } from '../../src/features/passport/export-image.ts';
import { realSites, renderWithI18n } from './render.tsx';

/**
 * "Lưu thành ảnh" in the visit passport (issue 13): the grid and the progress drawn on a canvas (a recording fake:
 * jsdom has no canvas), a PNG handed to the share sheet when files can be shared, else a download. Nothing is fetched.
 */

type Call = { op: string; args: unknown[]; fillStyle: unknown };
function fakeCanvas() {
  const calls: Call[] = [];
  const state: Record<string, unknown> = { fillStyle: '#000', strokeStyle: '#000', lineWidth: 1, font: '10px sans-serif', textAlign: 'start', textBaseline: 'alphabetic' };
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'measureText') return (s: string) => ({ width: s.length * 11 });
      return (...args: unknown[]) => void calls.push({ op: key, args, fillStyle: target['fillStyle'] });
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as Ctx;
  const canvas: CanvasLike & { type?: string } = {
    width: 0,
    height: 0,
    getContext: () => ctx,
    toBlob(done, type) {
      canvas.type = type;
      done(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: type ?? 'image/png' }));
    },
  };
  const texts = () => calls.filter((c) => c.op === 'fillText').map((c) => String(c.args[0]));
  return { canvas, ctx, calls, texts };
}

const DATA: PassportImage = {
  title: 'Hộ chiếu địa chỉ đỏ',
  figure: '2/3',
  progress: 'Đã có 2/3 dấu',
  cells: [
    { name: 'Đồi Tỉn Keo', stamped: true, when: '26/3/2026' },
    { name: 'Đền Đuổm', stamped: true, when: '27/3/2026' },
    { name: 'Khu di tích lịch sử Quốc gia đặc biệt An toàn khu (ATK) Định Hóa', stamped: false, when: 'Chưa có dấu' },
  ],
  footer: 'Bản đồ số Địa chỉ đỏ Thái Nguyên',
};

describe('passport image', () => {
  it('draws the title, the progress (2/3), every site with its date or "not yet", and a star for each stamp, on a 1080-wide PNG', async () => {
    const fake = fakeCanvas();
    const blob = await renderPassportPng(DATA, () => fake.canvas);
    expect(blob.type).toBe('image/png');
    expect(fake.canvas.type).toBe('image/png');
    expect([fake.canvas.width, fake.canvas.height]).toEqual([WIDTH, imageHeight(3)]);
    const texts = fake.texts();
    for (const t of ['Hộ chiếu địa chỉ đỏ', '2/3', 'Đã có 2/3 dấu', 'Đồi Tỉn Keo', 'Đền Đuổm', '26/3/2026', 'Chưa có dấu', 'Bản đồ số Địa chỉ đỏ Thái Nguyên']) expect(texts).toContain(t);
    // The long name wraps into at most 3 lines within the cell, cut with "…".
    const cellW = (WIDTH - 2 * 48 - 3 * 16) / 4;
    const long = texts.filter((t) => /^(Khu|lịch|biệt|An|khu|\(ATK\))/.test(t) || t.endsWith('…'));
    expect(long.length).toBeGreaterThan(0);
    expect(long.length).toBeLessThanOrEqual(3);
    for (const l of long) expect(l.length * 11).toBeLessThanOrEqual(cellW - 20);
    // Two stamped cells: two stars (10-point paths filled in the seal's red).
    const starFills = fake.calls.filter((c) => c.op === 'fill' && c.fillStyle === '#b3001b');
    expect(starFills).toHaveLength(2);
  });

  it('grid height grows by rows of four', () => {
    expect(imageHeight(31)).toBe(250 + 8 * 170 + 7 * 16 + 90);
    expect(imageHeight(4)).toBe(imageHeight(1));
    expect(imageHeight(5)).toBeGreaterThan(imageHeight(4));
  });

  it('wraps words, and cuts the last line with an ellipsis', () => {
    const m = (s: string) => s.length;
    expect(wrapText(m, 'a bb ccc', 4, 3)).toEqual(['a bb', 'ccc']);
    expect(wrapText(m, 'aa bb cc dd ee', 5, 2)).toEqual(['aa bb', 'cc d…']);
    expect(wrapText(m, 'abcdefghij', 5, 2)).toEqual(['abcd…']);
  });
});

describe('handing the image over', () => {
  let click: ReturnType<typeof vi.spyOn>;
  let fetchSpy: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    URL.createObjectURL = vi.fn(() => 'blob:passport');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    click.mockRestore();
    vi.unstubAllGlobals();
    // Nothing leaves the phone.
    expect(fetchSpy).not.toHaveBeenCalled();
  });
  const png = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });

  it('shares the PNG as a file when the browser can share files', async () => {
    const share = vi.fn(async () => undefined);
    const canShare = vi.fn((d: ShareData) => (d.files ?? []).length === 1);
    expect(await deliverImage(png, 'ho-chieu-dia-chi-do.png', 'Hộ chiếu', { share, canShare })).toBe('shared');
    const file = (share.mock.calls[0] as unknown as [ShareData])[0].files?.[0];
    expect([file?.name, file?.type, file?.size]).toEqual(['ho-chieu-dia-chi-do.png', 'image/png', 3]);
    expect(click).not.toHaveBeenCalled();
  });

  it('downloads it when files cannot be shared, or the share fails; a cancelled share is left at that', async () => {
    expect(await deliverImage(png, 'p.png', 't', { share: vi.fn(), canShare: () => false })).toBe('downloaded');
    expect(await deliverImage(png, 'p.png', 't', {})).toBe('downloaded');
    expect(await deliverImage(png, 'p.png', 't', { canShare: () => true, share: () => Promise.reject(new DOMException('no activation', 'NotAllowedError')) })).toBe('downloaded');
    expect(click).toHaveBeenCalledTimes(3);
    const a = click.mock.contexts[0] as HTMLAnchorElement;
    expect([a.download, a.href]).toEqual(['p.png', 'blob:passport']);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(await deliverImage(png, 'p.png', 't', { canShare: () => true, share: () => Promise.reject(new DOMException('cancelled', 'AbortError')) })).toBe('cancelled');
    expect(click).toHaveBeenCalledTimes(3);
  });

  it('"Lưu thành ảnh" in the passport view draws the real grid and downloads ho-chieu-dia-chi-do.png', async () => {
    localStorage.clear();
    addStamp('tin-keo', 'qr', new Date('2026-03-26T08:00:00Z'));
    const sites = realSites();
    const fake = fakeCanvas();
    const create = document.createElement.bind(document);
    const spy = vi.spyOn(document, 'createElement').mockImplementation(((tag: string) => (tag === 'canvas' ? fake.canvas : create(tag))) as typeof document.createElement);
    renderWithI18n(<PassportView sites={sites} lang="vi" onClose={() => undefined} onSelect={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thành ảnh' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('ho-chieu-dia-chi-do.png');
    const texts = fake.texts();
    expect(texts).toContain(`1/${sites.length}`);
    expect(texts).toContain(`Đã có 1/${sites.length} dấu`);
    expect(texts).toContain('26/3/2026');
    expect(fake.canvas.height).toBe(imageHeight(sites.length));
    expect(screen.getByRole('button', { name: 'Lưu thành ảnh' })).toBeTruthy();
    spy.mockRestore();
  });
});
