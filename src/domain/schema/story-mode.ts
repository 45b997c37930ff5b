import { z } from 'zod/mini';
import { LocalizedTextSchema, SlugSchema } from './common.ts';
import { PROVINCE_BBOX } from './site.ts';

/**
 * Story mode: a guided narrative in chapters (`data/story-mode/<id>.json`).
 * Each chapter moves the map either to a site or to a bounding box.
 */

const inProvince = (lon: number, lat: number): boolean =>
  lon >= PROVINCE_BBOX.west && lon <= PROVINCE_BBOX.east && lat >= PROVINCE_BBOX.south && lat <= PROVINCE_BBOX.north;

/** Fly to a site of sites.geojson (which must have a geometry), optionally at a given zoom. */
export const SiteTargetSchema = z.strictObject({
  site: SlugSchema,
  zoom: z.optional(z.number().check(z.minimum(1), z.maximum(20))),
});

/** Fit the map to [west, south, east, north] (lon/lat), inside the province. */
export const BoundsTargetSchema = z.strictObject({
  bounds: z
    .tuple([z.number(), z.number(), z.number(), z.number()], { error: 'must be [west, south, east, north]' })
    .check(
      z.refine((b) => b.every((n) => Number.isFinite(n)), { message: 'bounds must be finite numbers' }),
      z.refine(([w, s, e, n]) => w < e && s < n, { message: 'bounds must be [west, south, east, north] with west < east and south < north' }),
      z.refine(([w, s, e, n]) => inProvince(w, s) && inProvince(e, n), {
        message: `bounds must lie inside the province (lon ${PROVINCE_BBOX.west}–${PROVINCE_BBOX.east}, lat ${PROVINCE_BBOX.south}–${PROVINCE_BBOX.north})`,
      }),
    ),
});

export const StoryTargetSchema = z.union([SiteTargetSchema, BoundsTargetSchema], {
  error: 'target must be {"site": "<site-id>", "zoom"?: number} or {"bounds": [west, south, east, north]}',
});
export type StoryTarget = z.infer<typeof StoryTargetSchema>;

export const StoryChapterSchema = z.strictObject({
  id: SlugSchema,
  title: LocalizedTextSchema,
  /** One paragraph per language (plain text). */
  text: LocalizedTextSchema,
  target: StoryTargetSchema,
  /**
   * The sites the chapter talks about: highlighted and named on the map, and kept in view beside the card.
   * Default: the target site (none for a bounds target).
   */
  places: z.optional(z.array(SlugSchema).check(z.minLength(1))),
});
export type StoryChapter = z.infer<typeof StoryChapterSchema>;

export const StoryModeSchema = z
  .strictObject({
    id: SlugSchema,
    title: LocalizedTextSchema,
    chapters: z.array(StoryChapterSchema).check(z.minLength(1, { message: 'a story needs at least one chapter' })),
  })
  .check(
    z.superRefine((story, ctx) => {
      const seen = new Set<string>();
      story.chapters.forEach((chapter, i) => {
        if (seen.has(chapter.id)) {
          ctx.addIssue({ code: 'custom', path: ['chapters', i, 'id'], message: `duplicate chapter id "${chapter.id}"` });
        }
        seen.add(chapter.id);
      });
    }),
  );
export type StoryMode = z.infer<typeof StoryModeSchema>;

export interface StoryModeReferenceError {
  /** e.g. "chapters[2].target.site" */
  path: string;
  message: string;
}

/**
 * Cross-check chapter targets against the sites: a site target must name a site that exists and is drawn on the map.
 * `sites` needs only `id` and `geometry`.
 */
export function checkStoryModeTargets(
  story: StoryMode,
  sites: ReadonlyArray<{ id: string; geometry: unknown }>,
): StoryModeReferenceError[] {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const errors: StoryModeReferenceError[] = [];
  const check = (id: string, path: string, instead: string) => {
    const site = byId.get(id);
    if (site === undefined) errors.push({ path, message: `unknown site "${id}"` });
    else if (site.geometry === null || site.geometry === undefined) {
      errors.push({ path, message: `site "${id}" has no position on the map; ${instead}` });
    }
  };
  story.chapters.forEach((chapter, i) => {
    if ('site' in chapter.target) check(chapter.target.site, `chapters[${i}].target.site`, 'use another site or bounds');
    chapter.places?.forEach((id, j) => check(id, `chapters[${i}].places[${j}]`, 'only sites drawn on the map can be highlighted'));
  });
  return errors;
}
