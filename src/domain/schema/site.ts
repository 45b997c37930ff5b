import { z } from 'zod/mini';
import {
  LocalizedTextSchema,
  NonBlankStringSchema,
  PartialDateSchema,
  SlugSchema,
  SourceSchema,
  HttpUrlSchema,
} from './common.ts';

/**
 * Bounding box of Thái Nguyên province after the 2025 merger with Bắc Kạn (lon/lat, generous by ~0.05°).
 * Every site must fall inside it; a point outside is almost always a swapped lat/lon or a typo.
 */
export const PROVINCE_BBOX = { west: 105.25, south: 21.3, east: 106.35, north: 22.8 } as const;

/** Primary category of a site: drives the map symbol (colour and shape) and the category filter. */
export const CATEGORIES = [
  'relic-complex',
  'headquarters',
  'military',
  'founding-site',
  'education-press',
  'memorial',
  'museum',
  'prison',
  'temple',
  'scenic',
] as const;
export const CategorySchema = z.enum(CATEGORIES, {
  error: (issue) => `unknown category ${JSON.stringify(issue.input)}; known: ${CATEGORIES.join(', ')}`,
});
export type Category = z.infer<typeof CategorySchema>;

/** Heritage rank as the sources state it; `none` = not itself a ranked relic, `unknown` = not found in sources. */
export const RANKS = ['special-national', 'national', 'provincial', 'none', 'unknown'] as const;
export const RankLevelSchema = z.enum(RANKS);
export type RankLevel = z.infer<typeof RankLevelSchema>;

export const RankSchema = z.strictObject({
  /**
   * The site's own ranking. For a component of the ATK Định Hóa relic this is its individual ranking, and only
   * `special-national` if a decision for the component itself is cited (the ATK's special rank covers the whole area).
   */
  level: RankLevelSchema,
  /** A component site of the special national ATK Định Hóa relic ("thuộc Khu di tích quốc gia đặc biệt ATK Định Hóa"). */
  atkComponent: z.optional(z.boolean()),
  decision: z.optional(NonBlankStringSchema),
  year: z.optional(z.number().check(z.int(), z.minimum(1900), z.maximum(2100))),
  note: z.optional(LocalizedTextSchema),
});

/**
 * How sure the map position is, best first. `source`: surveyed on site or published by an official body (none
 * today); `unofficial-dataset`: a point printed in an unofficial, unverified dataset (say which in
 * `location.origin`); `approximate`: estimated from a described place or borrowed from a neighbouring site;
 * `commune-centroid`: only the commune is known; `none`: the site is listed but not drawn.
 */
export const CONFIDENCES = ['source', 'unofficial-dataset', 'approximate', 'commune-centroid', 'none'] as const;
export const ConfidenceSchema = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const KeyDateSchema = z.strictObject({
  date: PartialDateSchema,
  event: LocalizedTextSchema,
});
export type KeyDate = z.infer<typeof KeyDateSchema>;

export const PlaceSchema = z.strictObject({
  /** District (huyện / thành phố) before the 2025 reorganisation, Vietnamese name without prefix, e.g. "Định Hóa". */
  district: NonBlankStringSchema,
  /** Commune or ward before 2025, e.g. "Phú Đình". */
  commune: NonBlankStringSchema,
  /** Hamlet or street address when the sources give one. */
  hamlet: z.optional(NonBlankStringSchema),
  /** Commune or ward after 1/7/2025, e.g. "xã Phú Đình"; for a site spread over several, the main one. */
  communeAfter2025: NonBlankStringSchema,
  /** Further communes or wards after 1/7/2025 that a site spread over several also lies in (relic areas). */
  otherCommunesAfter2025: z.optional(z.array(NonBlankStringSchema).check(z.minLength(1))),
  /** How sure the post-2025 unit is: official (NQ 1683 text read), secondary (third-party list), uncertain. */
  communeAfter2025Confidence: z.enum(['official', 'secondary', 'uncertain']),
});

export const LocationSchema = z.strictObject({
  confidence: ConfidenceSchema,
  note: LocalizedTextSchema,
  /** Where the coordinate itself came from (a dataset, a survey), shown with the note, not among the site's sources. */
  origin: z.optional(SourceSchema),
});

export const VisitSchema = z.strictObject({
  /** Suggested minutes on site for a class visit. */
  minutes: z.optional(z.number().check(z.int(), z.minimum(5), z.maximum(600))),
  opening: z.optional(LocalizedTextSchema),
  ticket: z.optional(LocalizedTextSchema),
  operator: z.optional(NonBlankStringSchema),
  /** How to get there from Thái Nguyên city and from Hà Nội, only as the sources say it (with the source named). */
  fromCity: z.optional(LocalizedTextSchema),
  fromHanoi: z.optional(LocalizedTextSchema),
});

export const ImageSchema = z.strictObject({
  src: NonBlankStringSchema.check(
    z.refine((s) => /^\/?images\/[\w./-]+$/.test(s) && !s.includes('..'), {
      message: 'must be a path under images/ stored in the repository (no hotlinks)',
    }),
  ),
  alt: LocalizedTextSchema,
  credit: NonBlankStringSchema,
  licence: NonBlankStringSchema,
  licenceUrl: z.optional(HttpUrlSchema),
});

export const SitePropertiesSchema = z.strictObject({
  name: LocalizedTextSchema,
  /** A short name for map labels and lists, when the full name is long. */
  shortName: z.optional(LocalizedTextSchema),
  aliases: z._default(z.array(NonBlankStringSchema), []),
  summary: LocalizedTextSchema,
  category: CategorySchema,
  /** Is this a "red address" (revolutionary / traditional-education site)? Scenic spots say false honestly. */
  redAddress: z.boolean(),
  rank: RankSchema,
  dates: z.array(KeyDateSchema),
  place: PlaceSchema,
  location: LocationSchema,
  visit: z._default(VisitSchema, {}),
  images: z._default(z.array(ImageSchema), []),
  sources: z.array(SourceSchema).check(z.minLength(1, { message: 'every site needs at least one source' })),
});
export type SiteProperties = z.infer<typeof SitePropertiesSchema>;

const LonLatSchema = z
  .tuple([z.number(), z.number()], { error: 'must be [longitude, latitude]' })
  .check(
    z.refine((c) => c.every((n) => Number.isFinite(n)), { message: 'coordinates must be finite numbers' }),
    z.refine(
      ([lon, lat]) =>
        lon >= PROVINCE_BBOX.west && lon <= PROVINCE_BBOX.east && lat >= PROVINCE_BBOX.south && lat <= PROVINCE_BBOX.north,
      { message: `is outside the province (lon ${PROVINCE_BBOX.west}–${PROVINCE_BBOX.east}, lat ${PROVINCE_BBOX.south}–${PROVINCE_BBOX.north})` },
    ),
  );

export const PointSchema = z.strictObject({
  type: z.literal('Point', { error: 'geometry must be a Point or null' }),
  coordinates: LonLatSchema,
});

export const SiteFeatureSchema = z
  .strictObject({
    type: z.literal('Feature'),
    id: SlugSchema,
    geometry: z.nullable(PointSchema),
    properties: SitePropertiesSchema,
  })
  .check(
    z.superRefine((f, ctx) => {
      const unknown = f.properties.location.confidence === 'none';
      if (unknown && f.geometry !== null) {
        ctx.addIssue({ code: 'custom', path: ['geometry'], message: 'confidence "none" requires geometry: null' });
      }
      if (!unknown && f.geometry === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['properties', 'location', 'confidence'],
          message: 'a site without geometry must have confidence "none"',
        });
      }
    }),
  );
export type SiteFeature = z.infer<typeof SiteFeatureSchema>;
export type LocatedSite = SiteFeature & { geometry: NonNullable<SiteFeature['geometry']> };

export const SiteCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

export function isLocated(site: SiteFeature): site is LocatedSite {
  return site.geometry !== null;
}
