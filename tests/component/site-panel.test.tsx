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
    expect(screen.getByText('Trước 2025')).toBeTruthy();
    expect(document.querySelector('.confidence--approximate')?.textContent).toContain('Độ tin cậy của vị trí: Vị trí gần đúng');
    const links = screen.getAllByRole('link');
    expect(links.length).toBe(tinKeo.properties.sources.length);
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
});
