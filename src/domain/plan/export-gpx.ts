import type { Lang } from '../schema/common.ts';
import type { Confidence } from '../schema/site.ts';
import type { Itinerary } from './itinerary.ts';
import { el, renderXml, type XmlNode } from './xml.ts';

/** The words a GPX file carries, from the locale files (planner.gpx, confidence), in the file's language. */
export interface GpxLabels {
  visit: (minutes: number) => string;
  position: string;
  confidence: Readonly<Record<Confidence, string>>;
  notOnMap: string;
  creator: string;
}

export interface GpxOptions {
  lang: Lang;
  labels: GpxLabels;
}

const coord = (n: number): string => n.toFixed(6);

/**
 * GPX 1.1: one <wpt> per located stop in visiting order (name in the chosen language, desc with visit time and
 * location confidence); then a <trk> when every leg has a drawn path, else a <rte> through the start and stops.
 * Stops without a position cannot be waypoints; they are listed in the metadata description.
 */
export function itineraryToGpx(it: Itinerary, opts: GpxOptions): string {
  const { lang, labels } = opts;
  const located = it.stops.filter((s) => s.site.geometry !== null);
  const unlocated = it.stops.filter((s) => s.site.geometry === null);
  const wptName = (s: (typeof it.stops)[number]): string => `${s.order}. ${s.site.properties.name[lang]}`;

  const meta: (XmlNode | string)[] = [el('name', undefined, it.name[lang])];
  const notes = [...unlocated.map((s) => wptName(s)), ...it.missing];
  if (notes.length > 0) {
    meta.push(el('desc', undefined, `${labels.notOnMap}: ${notes.join('; ')}`));
  }

  const wpts = located.map((s) => {
    const [lon, lat] = s.site.geometry?.coordinates ?? [0, 0];
    const conf = s.site.properties.location.confidence;
    const desc = `${labels.visit(s.minutes)}. ${labels.position}: ${labels.confidence[conf]} (${conf}).`;
    return el('wpt', { lat: coord(lat), lon: coord(lon) }, el('name', undefined, wptName(s)), el('desc', undefined, desc));
  });

  const legs = it.legGeometries;
  const drawn = it.stops.length >= 2 && legs.length === it.stops.length - 1 && legs.every((g) => g !== undefined);
  // A plan whose legs follow the road (issue 12): one track, one segment per leg, start to start.
  const roadLegs = it.legs !== undefined && it.legs.length > 0 && it.legs.some((l) => l.onRoad) ? it.legs : undefined;
  let path: XmlNode;
  if (roadLegs !== undefined) {
    path = el(
      'trk',
      undefined,
      el('name', undefined, it.name[lang]),
      ...roadLegs.map((l) => el('trkseg', undefined, ...l.coords.map(([lon, lat]) => el('trkpt', { lat: coord(lat), lon: coord(lon) })))),
    );
  } else if (drawn) {
    path = el(
      'trk',
      undefined,
      el('name', undefined, it.name[lang]),
      ...legs.map((g) =>
        el('trkseg', undefined, ...(g?.coordinates ?? []).map(([lon, lat]) => el('trkpt', { lat: coord(lat), lon: coord(lon) }))),
      ),
    );
  } else {
    const pts: XmlNode[] = [];
    if (it.start !== undefined) {
      pts.push(el('rtept', { lat: coord(it.start.lat), lon: coord(it.start.lon) }, el('name', undefined, it.start.name[lang])));
    }
    for (const s of located) {
      const [lon, lat] = s.site.geometry?.coordinates ?? [0, 0];
      pts.push(el('rtept', { lat: coord(lat), lon: coord(lon) }, el('name', undefined, wptName(s))));
    }
    path = el('rte', undefined, el('name', undefined, it.name[lang]), ...pts);
  }

  return renderXml(
    el(
      'gpx',
      {
        version: '1.1',
        creator: labels.creator,
        xmlns: 'http://www.topografix.com/GPX/1/1',
      },
      el('metadata', undefined, ...meta),
      ...wpts,
      path,
    ),
  );
}

export { planItinerary, routeItinerary } from './itinerary.ts';
