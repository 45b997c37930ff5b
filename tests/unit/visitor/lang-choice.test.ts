import { describe, expect, it } from 'vitest';
import { chooseLang, parseStoredLang, preferredLang, serializeStoredLang } from '../../../src/domain/i18n/lang-choice.ts';

const base = { url: null, stored: null, browser: [] as string[], kiosk: false, fallback: 'vi' as const };

describe('language of the first screen', () => {
  it('follows an English browser on a first visit, and only English', () => {
    expect(chooseLang({ ...base, browser: ['en-GB', 'en'] })).toBe('en');
    expect(chooseLang({ ...base, browser: ['fr-FR', 'en-US'] })).toBe('en');
    expect(chooseLang({ ...base, browser: ['vi-VN', 'en'] })).toBe('vi');
    expect(chooseLang({ ...base, browser: ['fr-FR', 'de'] })).toBe('vi');
    expect(chooseLang({ ...base, browser: [] })).toBe('vi');
  });
  it('a remembered choice wins over the browser', () => {
    expect(chooseLang({ ...base, stored: 'vi', browser: ['en-US'] })).toBe('vi');
    expect(chooseLang({ ...base, stored: 'en', browser: ['vi'] })).toBe('en');
  });
  it('lang in the URL wins over both', () => {
    expect(chooseLang({ ...base, url: 'en', stored: 'vi', browser: ['vi'] })).toBe('en');
    expect(chooseLang({ ...base, url: 'vi', stored: 'en', browser: ['en'] })).toBe('vi');
  });
  it('the kiosk keeps its configured default whatever the browser or storage say', () => {
    expect(chooseLang({ ...base, kiosk: true, stored: 'en', browser: ['en-US'] })).toBe('vi');
    expect(chooseLang({ ...base, kiosk: true, fallback: 'en', browser: ['vi'] })).toBe('en');
    expect(chooseLang({ ...base, kiosk: true, url: 'en' })).toBe('en');
  });
});

describe('stored choice', () => {
  it('round-trips and rejects anything else', () => {
    expect(parseStoredLang(serializeStoredLang('en'))).toBe('en');
    expect(parseStoredLang(serializeStoredLang('vi'))).toBe('vi');
    for (const bad of [null, '', 'en', '{"lang":"fr"}', '{"lang":"en","x":1}', '[', '{"lang":null}', 'x'.repeat(500)]) {
      expect(parseStoredLang(bad)).toBeNull();
    }
  });
  it('preferredLang reads primary subtags', () => {
    expect(preferredLang(['EN_us'])).toBe('en');
    expect(preferredLang([' vi '])).toBe('vi');
    expect(preferredLang(['eng', 'zh'])).toBeNull();
  });
});
