import { describe, expect, it, vi } from 'vitest';
import { hostedStyleUrl } from '../../../src/map/hosted-style.ts';

describe('VITE_BASEMAP_STYLE (hosted basemap option)', () => {
  it('takes an http(s) style URL', () => {
    expect(hostedStyleUrl('https://tiles.example.org/styles/basic/style.json')).toBe('https://tiles.example.org/styles/basic/style.json');
    expect(hostedStyleUrl('http://10.0.0.2:8080/style.json')).toBe('http://10.0.0.2:8080/style.json');
  });

  it('keeps the embedded basemap when unset, empty or not an http(s) URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const value of [undefined, '', 'javascript:alert(1)', 'ftp://example.org/style.json', 'style.json', 42]) {
      expect(hostedStyleUrl(value)).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockRestore();
  });
});
