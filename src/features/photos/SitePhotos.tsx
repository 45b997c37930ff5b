import { lazy, Suspense, useEffect, useState } from 'react';
import type { Lang } from '../../domain/schema/common.ts';

export const PHOTO_INDEX_PATH = 'content/images.json';

/** The gallery's code loads only for a site that has photos. */
const Gallery = lazy(() => import('./Gallery.tsx'));

let index: Promise<unknown> | null = null;

/** content/images.json once per page (precached); unreadable or missing: no photos. Parsed with zod by the gallery. */
export function loadPhotoIndex(): Promise<unknown> {
  index ??= fetch(new URL(PHOTO_INDEX_PATH, document.baseURI).href)
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : {}))
    .catch(() => ({}));
  return index;
}

/** For tests: forget the loaded index. */
export function forgetPhotoIndex(): void {
  index = null;
}

function hasPhotos(raw: unknown, siteId: string): boolean {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, siteId)) return false;
  const list = (raw as Record<string, unknown>)[siteId];
  return Array.isArray(list) && list.length > 0;
}

/** The site's photos at the top of its panel, or nothing (and no gallery code) when it has none. */
export function SitePhotos({ siteId, lang }: { siteId: string; lang: Lang }) {
  const [raw, setRaw] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    void loadPhotoIndex().then((r) => {
      if (live) setRaw(r);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!hasPhotos(raw, siteId)) return null;
  return (
    <Suspense fallback={null}>
      <Gallery index={raw} siteId={siteId} lang={lang} />
    </Suspense>
  );
}
