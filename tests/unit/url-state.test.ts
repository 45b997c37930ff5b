import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState } from '../../src/domain/url/app-url.ts';

describe('URL state', () => {
  it('parses site and lang', () => {
    expect(parseUrlState('?site=tin-keo&lang=en')).toMatchObject({ site: 'tin-keo', lang: 'en', story: null });
  });
  it('ignores unknown and malformed values without throwing', () => {
    expect(parseUrlState('?site=<script>&lang=fr')).toEqual(EMPTY_URL_STATE);
    expect(parseUrlState('?site=' + 'a'.repeat(5000))).toEqual(EMPTY_URL_STATE);
    expect(parseUrlState('%%%')).toEqual(EMPTY_URL_STATE);
    expect(parseUrlState('?story=atk-1947-1954&ch=0').story).toEqual({ id: 'atk-1947-1954', chapter: 0 });
    expect(parseUrlState('?story=atk-1947-1954&ch=3').story).toEqual({ id: 'atk-1947-1954', chapter: 2 });
    expect(parseUrlState('?lang=en&lang=vi').lang).toBe('en');
  });
  it('round-trips and keeps other features keys', () => {
    const state = { ...EMPTY_URL_STATE, site: 'den-duom', lang: 'en' as const, filters: { ...EMPTY_URL_STATE.filters, categories: ['museum' as const] } };
    const s = serializeUrlState(state, '?plan=abc&cat=prison');
    expect(s).toBe('?plan=abc&cat=museum&site=den-duom&lang=en');
    expect(parseUrlState(s)).toEqual(state);
    const story = { ...EMPTY_URL_STATE, story: { id: 'atk-1947-1954', chapter: 4 } };
    expect(parseUrlState(serializeUrlState(story))).toEqual(story);
  });
  it('gives the home state a clean address', () => {
    expect(serializeUrlState(EMPTY_URL_STATE, '?site=x&cat=museum&story=a&ch=2')).toBe('');
  });
});

describe('from=qr (visit passport)', () => {
  it('is read only as the exact mark "qr", and the URL writer drops it', () => {
    expect(parseUrlState('?site=tin-keo&from=qr')).toMatchObject({ site: 'tin-keo', from: 'qr' });
    expect(parseUrlState('?site=tin-keo&from=QR').from).toBeNull();
    expect(parseUrlState('?site=tin-keo&from=<script>').from).toBeNull();
    expect(parseUrlState('?site=tin-keo').from).toBeNull();
    expect(serializeUrlState({ ...EMPTY_URL_STATE, site: 'den-duom' }, '?site=tin-keo&from=qr')).toBe('?site=den-duom');
  });
});
