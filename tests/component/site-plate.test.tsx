// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { SitePanel } from '../../src/features/site-panel/SitePanel.tsx';
import { PrintPlateButton } from '../../src/features/site-plate/PrintPlateButton.tsx';
import { sitePlateUrl } from '../../src/features/site-plate/SitePlate.tsx';
import jsQR from 'jsqr';
import vi_ from '../../src/i18n/locales/vi.json';
import en from '../../src/i18n/locales/en.json';
import { renderWithI18n, realSites } from './render.tsx';

const sites = realSites();
const tinKeo = sites.find((s) => s.id === 'tin-keo')!;

/** Decode the qrcode library's SVG (one path of "M x y h n m dx dy" runs, a module each unit) with jsQR. */
function decodeQrSvg(svg: Element): string | undefined {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const d = svg.querySelector('path[stroke]')?.getAttribute('d') ?? '';
  const px = 4;
  const w = size * px;
  const rgba = new Uint8ClampedArray(w * w * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Number(b)];
    else if (cmd === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let i = 0; i < Number(a); i++) {
        for (let dy = 0; dy < px; dy++) {
          for (let dx = 0; dx < px; dx++) {
            const at = ((Math.floor(y) * px + dy) * w + (x + i) * px + dx) * 4;
            rgba.fill(0, at, at + 3); // black, opaque
          }
        }
      }
      x += Number(a);
    }
  }
  return jsQR(rgba, w, w)?.data;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the site panel\'s printed QR plate (issue 16 item 5)', () => {
  it('"In bảng QR" prints one plate: both names, rank, category, the QR of the site page, its address, the scan line', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { rerender } = renderWithI18n(<SitePanel site={tinKeo} lang="vi" onClose={() => undefined} actions={<PrintPlateButton site={tinKeo} lang="vi" />} />);
    expect(document.querySelector('.site-plate')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `In bảng QR của ${tinKeo.properties.name.vi} (một trang A5)` }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 10000 });

    const sheet = document.querySelector('body > .site-plate .site-plate__sheet')!;
    expect(document.documentElement.classList.contains('printing-plate')).toBe(true);
    expect(sheet.getAttribute('lang')).toBe('vi');
    expect(sheet.querySelector('h1')?.textContent).toBe(tinKeo.properties.name.vi);
    expect(sheet.querySelector('.site-plate__name-en')?.textContent).toBe(tinKeo.properties.name.en);
    expect(sheet.querySelector('.site-plate__name-en')?.getAttribute('lang')).toBe('en');
    const level = tinKeo.properties.rank.level;
    expect(sheet.querySelector('.site-plate__rank')?.textContent).toContain(`${vi_.rank[level]} · ${en.rank[level]}`);
    expect(sheet.querySelector('.site-plate__category')?.textContent).toBe(`${vi_.category[tinKeo.properties.category]} · ${en.category[tinKeo.properties.category]}`);
    // jsdom's page is http://localhost:3000/ and the test build has no public address: the app's own folder, said so.
    const url = 'http://localhost:3000/dia-diem/tin-keo/?from=qr';
    expect(decodeQrSvg(sheet.querySelector('.site-plate__code svg')!)).toBe(url);
    expect(sheet.querySelector('.site-plate__url')?.textContent).toBe('localhost:3000/dia-diem/tin-keo/');
    expect(sheet.querySelector('.site-plate__scan')?.textContent).toBe('Quét để đọc câu chuyện');
    expect(sheet.querySelector('.site-plate__scan-en')?.textContent).toBe('Scan to read the story');
    expect(sheet.querySelector('.site-plate__warning')?.textContent).toContain('Chưa đặt địa chỉ công khai');

    // A re-render of the panel does not print again; after printing the plate leaves the page.
    rerender(<SitePanel site={tinKeo} lang="vi" onClose={() => undefined} actions={<PrintPlateButton site={tinKeo} lang="vi" />} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(print).toHaveBeenCalledTimes(1);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelector('.site-plate')).toBeNull();
    expect(document.documentElement.classList.contains('printing-plate')).toBe(false);
  });

  it('the QR opens the site page on the public address, the same one npm run plates prints', () => {
    expect(sitePlateUrl('tin-keo', 'https://diachido.example.vn/ban-do/')).toEqual({
      url: 'https://diachido.example.vn/ban-do/dia-diem/tin-keo/?from=qr',
      local: false,
    });
  });

  it('the button speaks English in the English panel', () => {
    renderWithI18n(<PrintPlateButton site={tinKeo} lang="en" />, 'en');
    expect(screen.getByRole('button', { name: `Print QR plate of ${tinKeo.properties.name.en} (one A5 page)` }).textContent).toContain('Print QR plate');
  });
});
