import { describe, expect, it } from 'vitest';
import { canGiveDirections, directionsLinks, isAndroidLike } from '../../../src/domain/directions.ts';

const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

describe('directions links', () => {
  it('gives a geo: link with the name on Android, and the OSM route planner as fallback', () => {
    const l = directionsLinks([105.508607, 21.788216], 'ATK Định Hóa', ANDROID);
    expect(l.geo).toBe('geo:21.788216,105.508607?q=21.788216,105.508607(ATK%20%C4%90%E1%BB%8Bnh%20H%C3%B3a)');
    expect(l.web).toBe('https://www.openstreetmap.org/directions?route=;21.788216,105.508607');
  });
  it('gives only the web link on iOS and desktops', () => {
    expect(directionsLinks([105.5, 21.7], 'x', IPHONE).geo).toBeNull();
    expect(directionsLinks([105.5, 21.7], 'x', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0').geo).toBeNull();
    expect(isAndroidLike('Mozilla/5.0 (Mobile; KaiOS 3.0)')).toBe(true);
  });
  it('keeps parentheses out of the label and rounds to 6 decimals', () => {
    const l = directionsLinks([105.1234567891, 21.98765432], 'Nhà (cũ) ) x', ANDROID);
    expect(l.geo).toBe('geo:21.987654,105.123457?q=21.987654,105.123457(Nh%C3%A0%20c%C5%A9%20x)');
  });
  it('refuses commune centres and unknown positions', () => {
    expect(canGiveDirections('unofficial-dataset', true)).toBe(true);
    expect(canGiveDirections('approximate', true)).toBe(true);
    expect(canGiveDirections('commune-centroid', true)).toBe(false);
    expect(canGiveDirections('none', false)).toBe(false);
  });
});
