// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { SitePanel } from '../../src/features/site-panel/SitePanel.tsx';
import { forgetPhotoIndex, loadPhotoIndex } from '../../src/features/photos/SitePhotos.tsx';
import type { Photo, PhotoIndex } from '../../src/domain/media/photos.ts';
import { realSites, renderWithI18n } from './render.tsx';

/** The site panel's gallery with a fixture content/images.json (no photo ships) and a fake PhotoSwipe. */

const opened: Array<{ index: number; dataSource: Array<{ src: string; width: number; height: number; alt: string }> }> = [];
vi.mock('photoswipe', () => ({
  default: class {
    ui = { registerElement: () => undefined };
    constructor(options: (typeof opened)[number]) {
      opened.push(options);
    }
    on() {}
    init() {}
  },
}));
vi.mock('photoswipe/style.css', () => ({}));

const tinKeo = realSites().find((s) => s.id === 'tin-keo')!;
const PH = 'data:image/webp;base64,UklGRg==';
const photo = (id: string, caption: string, alt: string): Photo => ({
  id,
  width: 2400,
  height: 1600,
  placeholder: PH,
  webp: [
    { src: `content/images/tin-keo/${id}.0123456789.thumb.webp`, width: 480, height: 320 },
    { src: `content/images/tin-keo/${id}.0123456789.1600.webp`, width: 1600, height: 1067 },
  ],
  avif: [{ src: `content/images/tin-keo/${id}.0123456789.thumb.avif`, width: 480, height: 320 }],
  caption: { vi: `${caption} (vi)`, en: `${caption} (en)` },
  alt: { vi: `${alt} (vi)`, en: `${alt} (en)` },
  credit: 'Người chụp thử',
  licence: 'CC-BY-4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  source: 'https://example.org/anh',
  date: '2026-11',
});
const INDEX: PhotoIndex = { 'tin-keo': [photo('01-gate', 'Cổng', 'Cổng gạch'), photo('02-yard', 'Sân', 'Sân đất')] };

let asked: string[];
beforeEach(() => {
  forgetPhotoIndex();
  asked = [];
  opened.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(String(url));
    return new Response(JSON.stringify(INDEX), { status: 200 });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('site photos', () => {
  it('shows the first photo as the header with its size, alt, caption and credit, the others as thumbnails', async () => {
    renderWithI18n(<SitePanel site={tinKeo} lang="vi" onClose={() => undefined} />);
    const header = await screen.findByAltText('Cổng gạch (vi)', {}, { timeout: 10_000 });
    expect(asked.some((u) => u.endsWith('/content/images.json'))).toBe(true);
    // The box is known before any byte arrives: nothing below it jumps.
    expect([header.getAttribute('width'), header.getAttribute('height')]).toEqual(['2400', '1600']);
    expect(header.getAttribute('style')).toContain(PH);
    expect(header.closest('picture')?.querySelector('source[type="image/avif"]')?.getAttribute('srcset')).toMatch(/01-gate\.0123456789\.thumb\.avif 480w$/);
    expect(header.closest('picture')?.querySelector('source[type="image/webp"]')?.getAttribute('srcset')).toMatch(/thumb\.webp 480w, .*1600\.webp 1600w$/);
    const section = screen.getByRole('region', { name: 'Ảnh của địa điểm' });
    expect(section.textContent).toContain('Cổng (vi)');
    expect(section.textContent).toContain('Ảnh: Người chụp thử');
    expect(screen.getByRole('link', { name: 'CC-BY-4.0' }).getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    const thumb = screen.getByAltText('Sân đất (vi)');
    expect([thumb.getAttribute('width'), thumb.getAttribute('height'), thumb.getAttribute('loading')]).toEqual(['480', '320', 'lazy']);
  });

  it('opens the lightbox at the pressed photo, with the largest copy and its size, loaded on first press', async () => {
    renderWithI18n(<SitePanel site={tinKeo} lang="en" onClose={() => undefined} />, 'en');
    const second = await screen.findByRole('button', { name: 'View large: Sân (en)' }, { timeout: 10_000 });
    expect(opened).toEqual([]);
    fireEvent.click(second);
    await waitFor(() => expect(opened).toHaveLength(1), { timeout: 10_000 });
    expect(opened[0]?.index).toBe(1);
    expect(opened[0]?.dataSource[1]).toMatchObject({ width: 1600, height: 1067, alt: 'Sân đất (en)' });
    expect(opened[0]?.dataSource[1]?.src).toMatch(/02-yard\.0123456789\.1600\.webp$/);
  });

  it('shows nothing (and loads no gallery) for a site without photos, or when the index is unreadable', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"tin-keo": [{"id": 1}]}', { status: 200 }));
    renderWithI18n(<SitePanel site={tinKeo} lang="vi" onClose={() => undefined} />);
    // The index has arrived and been read (and refused by the gallery's schema).
    await act(async () => {
      await loadPhotoIndex();
    });
    expect(screen.queryByRole('region', { name: 'Ảnh của địa điểm' })).toBeNull();
    expect(document.querySelector('.site-photos img')).toBeNull();
  });
});
