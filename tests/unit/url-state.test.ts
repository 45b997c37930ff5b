import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../src/domain/url/app-url.ts';

describe('URL state', () => {
  it('parses site and lang', () => {
    expect(parseUrlState('?site=tin-keo&lang=en')).toEqual({ site: 'tin-keo', lang: 'en' });
  });
  it('ignores unknown and malformed values without throwing', () => {
    expect(parseUrlState('?site=<script>&lang=fr')).toEqual({ site: null, lang: null });
    expect(parseUrlState('?site=' + 'a'.repeat(5000))).toEqual({ site: null, lang: null });
    expect(parseUrlState('%%%')).toEqual({ site: null, lang: null });
    expect(parseUrlState('?lang=en&lang=vi').lang).toBe('en');
  });
  it('round-trips and keeps other features keys', () => {
    const s = serializeUrlState({ site: 'den-duom', lang: 'en' }, '?cat=museum');
    expect(s).toBe('?cat=museum&site=den-duom&lang=en');
    expect(parseUrlState(s)).toEqual({ site: 'den-duom', lang: 'en' });
  });
  it('gives the home state a clean address', () => {
    expect(serializeUrlState({ site: null, lang: null }, '?site=x')).toBe('');
  });
});
