// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { itineraryToGpx, planItinerary, routeItinerary } from '../../../src/domain/plan/export-gpx.ts';
import { escapeXml } from '../../../src/domain/plan/xml.ts';
import { makeLeg, makePlan, makeRoute, makeSite, makeStop } from './factories.ts';
import { createI18n } from '../../../src/i18n/i18n.ts';
import { gpxLabels } from '../../../src/features/planner/gpx-labels.ts';
import en from '../../../src/i18n/locales/en.json';

// The file's words come from the locale files (issue 17 item 13), as the planner gives them.
const labelsIn = (lang: 'vi' | 'en') => gpxLabels(createI18n(lang, { en }).t);
const start = (lang: 'vi' | 'en') => createI18n(lang, { en }).t('planner.start.presets.thai-nguyen-city');
const startNames = { vi: start('vi'), en: start('en') };

const GPX_NS = 'http://www.topografix.com/GPX/1/1';
const NASTY = `Đồi "A" & <B> 'C'`;

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}
const textOf = (el: Element, tag: string): string | undefined => el.getElementsByTagNameNS(GPX_NS, tag)[0]?.textContent ?? undefined;

const sites = [
  makeSite({ id: 'one', lon: 105.5, lat: 21.7, vi: NASTY, en: 'Hill <one> & "two"', confidence: 'approximate' }),
  makeSite({ id: 'two', lon: 105.6, lat: 21.8, vi: 'Tỉn Keo', en: 'Tin Keo' }),
  makeSite({ id: 'lost', confidence: 'none', vi: 'Chưa rõ', en: 'Unknown' }),
  makeSite({ id: 'three', lon: 105.7, lat: 21.9, vi: 'Đền Đuổm', en: 'Duom Temple', confidence: 'commune-centroid' }),
];
const name = { vi: 'Chuyến đi của lớp 8A', en: 'Class 8A trip' };

describe('itineraryToGpx', () => {
  it('writes GPX 1.1 with one waypoint per located stop, in order, names in the chosen language', () => {
    const plan = makePlan({ stops: ['three', 'one', 'lost', 'two'].map((site) => ({ site, minutes: 30 })) });
    const doc = parse(itineraryToGpx(planItinerary(plan, sites, name, startNames), { lang: 'vi', labels: labelsIn('vi') }));
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(GPX_NS);
    expect(root.getAttribute('version')).toBe('1.1');
    const wpts = [...doc.getElementsByTagNameNS(GPX_NS, 'wpt')];
    expect(wpts.map((w) => textOf(w, 'name'))).toEqual(['1. Đền Đuổm', `2. ${NASTY}`, '4. Tỉn Keo']);
    expect(wpts[1]?.getAttribute('lat')).toBe('21.700000');
    expect(wpts[1]?.getAttribute('lon')).toBe('105.500000');
    expect(textOf(wpts[0] as Element, 'desc')).toContain('commune-centroid');
    expect(textOf(wpts[1] as Element, 'desc')).toContain('Tham quan 30 phút');
    expect(textOf(wpts[1] as Element, 'desc')).toContain('Độ tin cậy của vị trí: Vị trí gần đúng');
    // the unlocated stop is named in the metadata, not silently dropped
    expect(textOf(doc.getElementsByTagNameNS(GPX_NS, 'metadata')[0] as Element, 'desc')).toContain('3. Chưa rõ');
    // no leg geometry: a route through the start and the located stops
    const rtepts = [...doc.getElementsByTagNameNS(GPX_NS, 'rtept')];
    expect(rtepts.map((r) => textOf(r, 'name'))).toEqual(['Thành phố Thái Nguyên', '1. Đền Đuổm', `2. ${NASTY}`, '4. Tỉn Keo']);
    expect(doc.getElementsByTagNameNS(GPX_NS, 'trk')).toHaveLength(0);
  });

  it('escapes & < > " \' in text and uses English when asked', () => {
    const plan = makePlan({ stops: [{ site: 'one', minutes: 10 }] });
    const xml = itineraryToGpx(planItinerary(plan, sites, { vi: 'A & B', en: `"Trip" <&> 'x'` }, startNames), { lang: 'en', labels: labelsIn('en') });
    expect(xml).toContain('Hill &lt;one&gt; &amp; &quot;two&quot;');
    expect(xml).toContain('&quot;Trip&quot; &lt;&amp;&gt; &apos;x&apos;');
    const doc = parse(xml);
    expect(textOf(doc.getElementsByTagNameNS(GPX_NS, 'wpt')[0] as Element, 'name')).toBe('1. Hill <one> & "two"');
    expect(textOf(doc.getElementsByTagNameNS(GPX_NS, 'metadata')[0] as Element, 'name')).toBe(`"Trip" <&> 'x'`);
  });

  it('writes a track when every leg of a route has a drawn path', () => {
    const line = (a: [number, number], b: [number, number]) => ({ type: 'LineString' as const, coordinates: [a, [105.55, 21.75] as [number, number], b] });
    const route = makeRoute(
      [makeStop('one'), makeStop('two'), makeStop('three')],
      [makeLeg({ geometry: line([105.5, 21.7], [105.6, 21.8]) }), makeLeg({ geometry: line([105.6, 21.8], [105.7, 21.9]) })],
    );
    const doc = parse(itineraryToGpx(routeItinerary(route, sites), { lang: 'en', labels: labelsIn('en') }));
    expect(doc.getElementsByTagNameNS(GPX_NS, 'trkseg')).toHaveLength(2);
    expect(doc.getElementsByTagNameNS(GPX_NS, 'trkpt')).toHaveLength(6);
    expect(doc.getElementsByTagNameNS(GPX_NS, 'rte')).toHaveLength(0);
    expect([...doc.getElementsByTagNameNS(GPX_NS, 'wpt')].map((w) => textOf(w, 'name'))).toEqual([
      '1. Hill <one> & "two"',
      '2. Tin Keo',
      '3. Duom Temple',
    ]);
  });
});

describe('escapeXml', () => {
  it('escapes the five specials and drops characters XML 1.0 forbids', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
    expect(escapeXml('a\u0000b\u0007c\uD800d')).toBe('abcd');
    expect(escapeXml('tab\tnew\nline 😀')).toBe('tab\tnew\nline 😀');
  });
});
