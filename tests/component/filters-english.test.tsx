// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FiltersPanel } from '../../src/features/filters/FiltersPanel.tsx';
import { emptyFilters } from '../../src/domain/explore/filters.ts';
import { renderWithI18n, realSites } from './render.tsx';

const sites = realSites();

describe('FiltersPanel labels come from the locale files (issue 17 item 13)', () => {
  it('says periods and post-2025 communes in English, keeping the data value to filter on', () => {
    renderWithI18n(<FiltersPanel sites={sites} filters={emptyFilters()} lang="en" matching={sites.length} onChange={() => undefined} />, 'en');
    const labels = (facet: string) =>
      [...document.querySelectorAll(`input[data-facet="${facet}"]`)].map((i) => i.closest('label')?.querySelector('.filters__label')?.textContent);
    expect(labels('periods')).toEqual(['Up to 1945', 'Resistance war against France (1946–1954)', 'After 1954']);
    const communes = labels('communesAfter2025');
    expect(communes).toContain('Phú Đình commune');
    expect(communes).toContain('Phan Đình Phùng ward');
    expect(communes.filter((c) => /^(xã|phường) /.test(c ?? ''))).toEqual([]);
  });
});
