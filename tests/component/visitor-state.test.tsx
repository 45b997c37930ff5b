// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { ResetCountContext, useVisitorState } from '../../src/shared/reset-count.ts';
import { SearchBox } from '../../src/features/search/SearchBox.tsx';
import { FiltersPanel } from '../../src/features/filters/FiltersPanel.tsx';
import { emptyFilters } from '../../src/domain/explore/filters.ts';
import { realSites, renderWithI18n } from './render.tsx';

function Counter() {
  const [n, setN] = useVisitorState(0);
  return (
    <button type="button" onClick={() => setN((v) => v + 1)}>
      {n}
    </button>
  );
}

describe('what one visitor leaves outside the store is forgotten when the store counts a reset', () => {
  it('useVisitorState: kept across renders and updates, back to its initial value at each new count', () => {
    const { rerender, i18n } = renderWithI18n(<ResetCountContext.Provider value={0}><Counter /></ResetCountContext.Provider>);
    const at = (resets: number) => (
      <I18nextProvider i18n={i18n}><ResetCountContext.Provider value={resets}><Counter /></ResetCountContext.Provider></I18nextProvider>
    );
    const button = screen.getByRole('button');
    fireEvent.click(button);
    fireEvent.click(button);
    rerender(at(0));
    expect(button.textContent).toBe('2');
    rerender(at(1));
    expect(button.textContent).toBe('0');
    // The same element (nothing remounted), and the updater counts from the forgotten value.
    expect(screen.getByRole('button')).toBe(button);
    fireEvent.click(button);
    expect(button.textContent).toBe('1');
    rerender(at(1));
    expect(button.textContent).toBe('1');
  });

  it('the search box is emptied and the filter box folded, without a remount', () => {
    const sites = realSites();
    const ui = (resets: number) => (
      <ResetCountContext.Provider value={resets}>
        <SearchBox sites={sites} lang="vi" onSelect={() => undefined} />
        <FiltersPanel sites={sites} filters={emptyFilters()} lang="vi" matching={sites.length} onChange={() => undefined} />
      </ResetCountContext.Provider>
    );
    const { rerender, i18n, container } = renderWithI18n(ui(0));
    const again = (resets: number) => rerender(<I18nextProvider i18n={i18n}>{ui(resets)}</I18nextProvider>);
    const input = screen.getByRole('combobox') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'tin keo' } });
    const details = container.querySelector('details.filters') as HTMLDetailsElement;
    act(() => {
      details.open = true;
      fireEvent(details, new Event('toggle'));
    });
    again(0);
    expect(input.value).toBe('tin keo');
    expect(details.open).toBe(true);
    again(1);
    expect(screen.getByRole('combobox')).toBe(input);
    expect(input.value).toBe('');
    expect(container.querySelector('details.filters')).toBe(details);
    expect(details.open).toBe(false);
  });
});
