import { describe, expect, it } from 'vitest';
import {
  applyUrlOverrides, DEFAULT_KIOSK_CONFIG, parseKioskConfig, resolveFeatured, shareUrl,
} from '../../../src/features/kiosk/kiosk-config.ts';
import { shouldStartFresh } from '../../../src/features/kiosk/kiosk-reset.ts';
import { parseMode } from '../../../src/domain/url/mode.ts';
import fileConfig from '../../../public/kiosk-config.json';
import sites from '../../../data/sites.geojson?raw';

const located = new Set(
  (JSON.parse(sites) as { features: Array<{ id: string; geometry: unknown }> }).features.filter((f) => f.geometry !== null).map((f) => f.id),
);

describe('kiosk mode from the URL', () => {
  it('is on only for mode=kiosk', () => {
    expect(parseMode('?mode=kiosk')).toBe('kiosk');
    expect(parseMode('?site=tin-keo&mode=kiosk&lang=en')).toBe('kiosk');
    expect(parseMode('')).toBe('default');
    expect(parseMode('?mode=KIOSK')).toBe('default');
    expect(parseMode('?mode=kiosk2')).toBe('default');
    expect(parseMode(`?mode=${'k'.repeat(5000)}`)).toBe('default');
  });
});

describe('kiosk config file', () => {
  it('the shipped file is valid, complete and equal to the defaults', () => {
    const { config, warnings } = parseKioskConfig(fileConfig);
    expect(warnings).toEqual([]);
    expect(config).toEqual(DEFAULT_KIOSK_CONFIG);
    expect(config.resetAfterSeconds).toBeGreaterThan(config.attractAfterSeconds);
  });

  it('every default featured site is a located site', () => {
    expect(resolveFeatured(DEFAULT_KIOSK_CONFIG.featuredSites, located).unknown).toEqual([]);
  });

  it('missing file or not an object: the defaults', () => {
    expect(parseKioskConfig(undefined)).toEqual({ config: DEFAULT_KIOSK_CONFIG, warnings: [] });
    expect(parseKioskConfig([1, 2]).config).toEqual(DEFAULT_KIOSK_CONFIG);
    expect(parseKioskConfig('x').warnings[0]).toMatch(/not a JSON object/);
  });

  it('keeps the valid fields and falls back field by field, with a warning for each bad or unknown one', () => {
    const { config, warnings } = parseKioskConfig({
      attractAfterSeconds: 30,
      resetAfterSeconds: -5,
      countdownSeconds: 'ten',
      dwellSeconds: 1e9,
      featuredSites: ['tin-keo', 'Not A Slug'],
      home: { lang: 'en', bounds: [[106, 21], [105, 22]] },
      shareBaseUrl: 'javascript:alert(1)',
      colour: 'red',
    });
    expect(config.attractAfterSeconds).toBe(30);
    expect(config.resetAfterSeconds).toBe(DEFAULT_KIOSK_CONFIG.resetAfterSeconds);
    expect(config.countdownSeconds).toBe(DEFAULT_KIOSK_CONFIG.countdownSeconds);
    expect(config.dwellSeconds).toBe(DEFAULT_KIOSK_CONFIG.dwellSeconds);
    expect(config.featuredSites).toEqual(DEFAULT_KIOSK_CONFIG.featuredSites);
    expect(config.home).toEqual(DEFAULT_KIOSK_CONFIG.home);
    expect(config.shareBaseUrl).toBeNull();
    expect(warnings).toHaveLength(7);
    expect(warnings.join('\n')).toMatch(/unknown field "colour"/);
  });

  it('0 turns the attract loop or the reset off; home and the (deprecated) share address are read', () => {
    const { config, warnings } = parseKioskConfig({
      attractAfterSeconds: 0,
      resetAfterSeconds: 0,
      home: { lang: 'en' },
      shareBaseUrl: 'https://diachido.example.vn/map/',
    });
    // The public base URL (publish.config.json) is the one setting now; an old kiosk file still wins, with a warning.
    expect(warnings).toEqual([expect.stringMatching(/shareBaseUrl is deprecated.*publicBaseUrl/)]);
    expect(config.attractAfterSeconds).toBe(0);
    expect(config.resetAfterSeconds).toBe(0);
    expect(config.home).toEqual({ lang: 'en', bounds: DEFAULT_KIOSK_CONFIG.home.bounds });
    expect(config.shareBaseUrl).toBe('https://diachido.example.vn/map/');
  });
});

describe('kiosk URL overrides (seconds, for tests)', () => {
  const base = parseKioskConfig(undefined);
  it('override the delays within bounds', () => {
    const { config, warnings } = applyUrlOverrides(base, '?mode=kiosk&attract=2&reset=4&countdown=3&dwell=0.5');
    expect(warnings).toEqual([]);
    expect(config).toMatchObject({ attractAfterSeconds: 2, resetAfterSeconds: 4, countdownSeconds: 3, dwellSeconds: 0.5 });
  });
  it('ignore out-of-range, non-numeric and huge values', () => {
    const { config, warnings } = applyUrlOverrides(base, '?attract=-1&reset=abc&countdown=1e9&dwell=&attract=3');
    expect(config).toEqual(DEFAULT_KIOSK_CONFIG);
    expect(warnings).toHaveLength(4);
    expect(applyUrlOverrides(base, `?reset=${'9'.repeat(40)}`).config.resetAfterSeconds).toBe(120);
  });
  it('do not touch the config without overrides', () => {
    expect(applyUrlOverrides(base, '?site=tin-keo').config).toEqual(DEFAULT_KIOSK_CONFIG);
  });
  it('set the fresh start in hours (0 turns it off), within bounds', () => {
    expect(applyUrlOverrides(base, '?freshStart=0.00001').config.freshStartHours).toBe(0.00001);
    expect(applyUrlOverrides(base, '?freshStart=0').config.freshStartHours).toBe(0);
    const { config, warnings } = applyUrlOverrides(base, '?freshStart=100000');
    expect(config.freshStartHours).toBe(24);
    expect(warnings).toHaveLength(1);
  });
});

describe('quiz cards in the attract loop (quizEvery)', () => {
  it('defaults to one after every 3 site cards; 0 turns them off; a count from the file or the URL', () => {
    expect(DEFAULT_KIOSK_CONFIG.quizEvery).toBe(3);
    expect(parseKioskConfig({ quizEvery: 0 }).config.quizEvery).toBe(0);
    expect(parseKioskConfig({ quizEvery: 5 }).config.quizEvery).toBe(5);
    expect(applyUrlOverrides(parseKioskConfig(undefined), '?quizEvery=1').config.quizEvery).toBe(1);
  });
  it('ignores a fraction, a negative, a huge or a non-numeric value, with a warning', () => {
    for (const bad of [1.5, -1, 1000, '3']) {
      const { config, warnings } = parseKioskConfig({ quizEvery: bad });
      expect(config.quizEvery).toBe(3);
      expect(warnings).toEqual([expect.stringMatching(/^kiosk config: quizEvery: /)]);
    }
    const { config, warnings } = applyUrlOverrides(parseKioskConfig(undefined), '?quizEvery=2.5');
    expect(config.quizEvery).toBe(3);
    expect(warnings).toHaveLength(1);
  });
});

describe('fresh start: the page reloads at an idle reset after freshStartHours', () => {
  const day = 24 * 3_600_000;
  const at = (uptimeMs: number, o: Partial<{ freshStartHours: number; servedOffline: boolean; online: boolean }> = {}) =>
    shouldStartFresh({ uptimeMs, freshStartHours: 24, servedOffline: true, online: false, ...o });
  it('not before the time, then at the first reset after it', () => {
    expect(at(day - 1)).toBe(false);
    expect(at(day)).toBe(true);
    expect(at(3 * day)).toBe(true);
  });
  it('never when turned off', () => {
    expect(at(365 * day, { freshStartHours: 0 })).toBe(false);
  });
  it('only when the reload cannot fail: served by the service worker, or online', () => {
    expect(at(day, { servedOffline: false, online: false })).toBe(false);
    expect(at(day, { servedOffline: false, online: true })).toBe(true);
    expect(at(day, { servedOffline: true, online: false })).toBe(true);
  });
});

describe('featured sites and the hand-off link', () => {
  it('keeps known located sites in order, drops unknown ones and repeats', () => {
    expect(resolveFeatured(['tin-keo', 'nowhere', 'den-duom', 'tin-keo', 'noi-thanh-lap-doi-tnxp-dau-tien'], located)).toEqual({
      ids: ['tin-keo', 'den-duom'],
      unknown: ['nowhere', 'noi-thanh-lap-doi-tnxp-dau-tien'],
    });
  });
  it('points at the public address when one is set, at this page otherwise', () => {
    const here = { origin: 'http://127.0.0.1:4173', pathname: '/' };
    expect(shareUrl('?site=tin-keo&lang=en', 'https://diachido.example.vn/map/', here)).toBe('https://diachido.example.vn/map/?site=tin-keo&lang=en');
    expect(shareUrl('?site=tin-keo', null, here)).toBe('http://127.0.0.1:4173/?site=tin-keo');
  });
});
