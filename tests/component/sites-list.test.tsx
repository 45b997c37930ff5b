// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { SitesList } from '../../src/features/sites-list/SitesList.tsx';
import { renderWithI18n, realSites } from './render.tsx';

const sites = realSites();

describe('SitesList', () => {
  it('lists every site, including the one not on the map', () => {
    renderWithI18n(<SitesList sites={sites} lang="vi" sort="name" selectedId={null} onSort={() => undefined} onSelect={() => undefined} />);
    const list = screen.getByRole('list', { name: 'Danh sách các địa điểm' });
    expect(within(list).getAllByRole('button')).toHaveLength(sites.length);
    // The heading says its count once: "Các địa điểm (31)", not "Các địa điểm (31 địa điểm)".
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`Các địa điểm (${sites.length})`);
    expect(screen.getAllByText(/Chưa có vị trí trên bản đồ/)).toHaveLength(sites.filter((s) => s.geometry === null).length);
  });

  it('selects on click and marks the selected site', () => {
    const onSelect = vi.fn();
    renderWithI18n(<SitesList sites={sites} lang="vi" sort="district" selectedId="den-duom" onSort={() => undefined} onSelect={onSelect} />);
    const current = document.querySelector('[aria-current="true"]');
    expect(current?.getAttribute('data-site-id')).toBe('den-duom');
    fireEvent.click(document.querySelector('[data-site-id="tin-keo"]')!);
    expect(onSelect).toHaveBeenCalledWith('tin-keo');
  });

  it('changes the sort', () => {
    const onSort = vi.fn();
    renderWithI18n(<SitesList sites={sites} lang="en" sort="name" selectedId={null} onSort={onSort} onSelect={() => undefined} />, 'en');
    fireEvent.change(screen.getByLabelText(/Sort by/), { target: { value: 'district' } });
    expect(onSort).toHaveBeenCalledWith('district');
  });
});
