// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { SitePanel } from '../../src/features/site-panel/SitePanel.tsx';
import { renderWithI18n, realSites } from './render.tsx';

const sites = realSites();
const tinKeo = sites.find((s) => s.id === 'tin-keo')!;

describe('SitePanel', () => {
  it('shows name, category, rank, summary, timeline, communes, location confidence and sources', () => {
    renderWithI18n(<SitePanel site={tinKeo} lang="vi" onClose={() => undefined} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(tinKeo.properties.name.vi);
    expect(screen.getByText(tinKeo.properties.summary.vi)).toBeTruthy();
    expect(screen.getByText('Các mốc thời gian')).toBeTruthy();
    expect(screen.getByText('Trước 1/7/2025')).toBeTruthy();
    expect(document.querySelector('.confidence--approximate')?.textContent).toContain('Độ tin cậy của vị trí: Vị trí gần đúng');
    const links = screen.getAllByRole('link');
    // The sources, plus where the coordinate came from (in the location note, not among the sources).
    expect(links.length).toBe(tinKeo.properties.sources.length + 2);
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('moves focus to its heading and closes on Escape and on the close button', () => {
    const onClose = vi.fn();
    renderWithI18n(<SitePanel site={tinKeo} lang="en" onClose={onClose} />, 'en');
    expect(document.activeElement?.id).toBe('site-panel-title');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close site details' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('says when a site is scenic, not a red address', () => {
    const scenic = sites.find((s) => !s.properties.redAddress)!;
    renderWithI18n(<SitePanel site={scenic} lang="vi" onClose={() => undefined} />);
    expect(screen.getByText('Đây là điểm cảnh quan, không phải địa chỉ đỏ.')).toBeTruthy();
  });

  it('labels an ATK component as part of the special national relic, with its own ranking beside it', () => {
    const khauTy = sites.find((s) => s.id === 'doi-khau-ty')!;
    const { unmount } = renderWithI18n(<SitePanel site={khauTy} lang="vi" onClose={() => undefined} />);
    expect(document.querySelector('.site-panel__atk')?.textContent).toBe(
      'Thuộc Khu di tích quốc gia đặc biệt ATK Định Hóa · chưa rõ xếp hạng riêng',
    );
    expect(document.body.textContent).not.toContain('Di tích quốc gia đặc biệt');
    unmount();
    renderWithI18n(<SitePanel site={tinKeo} lang="en" onClose={() => undefined} />, 'en');
    expect(document.querySelector('.site-panel__atk')?.textContent).toBe(
      'Part of the ATK Định Hóa special national relic · Own ranking: National relic (1981)',
    );
  });

  it('says an unofficial dataset point is one, in the cautious style, and links the dataset in the location note', () => {
    const atk = sites.find((s) => s.id === 'atk-dinh-hoa')!;
    renderWithI18n(<SitePanel site={atk} lang="vi" onClose={() => undefined} />);
    const box = document.querySelector('.confidence');
    expect(box?.className).toBe('confidence confidence--unofficial-dataset');
    expect(box?.textContent).toContain('Tọa độ từ một bộ dữ liệu không chính thức, chưa kiểm chứng');
    const origin = box?.querySelector('.confidence__origin a');
    expect(origin?.getAttribute('href')).toBe('https://github.com/toan882911/DuLichTN');
    const sourceUrls = [...document.querySelectorAll('.sources a')].map((a) => a.getAttribute('href'));
    expect(sourceUrls).not.toContain('https://github.com/toan882911/DuLichTN');
    expect(document.querySelector('.facts')?.textContent).toContain('xã Phú Đình, xã Bình Yên, xã Định Hóa, xã Bình Thành, xã Kim Phượng');
  });

  it('uses plain English labels: one source is "Source", accuracy and opening hours say what they are', () => {
    const thac = sites.find((s) => s.id === 'thac-khuon-tat')!;
    expect(thac.properties.sources.length).toBe(1);
    const { unmount } = renderWithI18n(<SitePanel site={thac} lang="en" onClose={() => undefined} />, 'en');
    expect(screen.getByRole('heading', { level: 3, name: 'Source' })).toBeTruthy();
    expect(document.querySelector('.confidence__level')?.textContent).toMatch(/^Location accuracy: /);
    unmount();
    const khauTy = sites.find((s) => s.id === 'doi-khau-ty')!;
    const second = renderWithI18n(<SitePanel site={khauTy} lang="en" onClose={() => undefined} />, 'en');
    expect(screen.getByRole('heading', { level: 3, name: 'Sources' })).toBeTruthy();
    expect(document.querySelector('.confidence__level')?.textContent).toBe('Location accuracy: Only the commune is known (commune centre)');
    second.unmount();
    const atk = sites.find((s) => s.id === 'atk-dinh-hoa')!;
    renderWithI18n(<SitePanel site={atk} lang="en" onClose={() => undefined} />, 'en');
    expect(screen.getByText('Opening hours')).toBeTruthy();
  });
});
