import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PhotoIndexSchema, type Photo, type PhotoIndex, type PhotoSource } from '../../domain/media/photos.ts';
import { loadPhotoIndex } from './SitePhotos.tsx';
import vi from './locales/vi.json';
import en from './locales/en.json';

/** The photos' strings ("photos" namespace), shipped with the code that shows a photo (gallery, kiosk card). */
export function usePhotosT(): (key: string, options?: Record<string, unknown>) => string {
  const { t, i18n } = useTranslation();
  for (const [lang, bundle] of [['vi', vi], ['en', en]] as const) {
    if (!i18n.hasResourceBundle(lang, 'photos')) i18n.addResourceBundle(lang, 'photos', bundle);
  }
  return (key, options) => t(`photos:${key}`, options ?? {});
}

const parsed = new WeakMap<object, PhotoIndex | null>();

/** content/images.json parsed with its schema (once per loaded object); anything invalid: null (no photos). */
export function parsePhotoIndex(raw: unknown): PhotoIndex | null {
  if (typeof raw !== 'object' || raw === null) return null;
  if (!parsed.has(raw)) {
    const r = PhotoIndexSchema.safeParse(raw);
    parsed.set(raw, r.success ? r.data : null);
  }
  return parsed.get(raw) ?? null;
}

export const photoUrl = (src: string): string => new URL(src, document.baseURI).href;
export const photoSrcset = (list: readonly PhotoSource[]): string => list.map((s) => `${photoUrl(s.src)} ${s.width}w`).join(', ');

/** The photo index once loaded (null before, or when it cannot be read): a site's first photo is its card's. */
export function usePhotoIndex(): PhotoIndex | null {
  const [index, setIndex] = useState<PhotoIndex | null>(null);
  useEffect(() => {
    let live = true;
    void loadPhotoIndex().then((raw) => {
      if (live) setIndex(parsePhotoIndex(raw));
    });
    return () => {
      live = false;
    };
  }, []);
  return index;
}

export function firstPhoto(index: PhotoIndex | null, siteId: string): Photo | undefined {
  return index !== null && Object.hasOwn(index, siteId) ? index[siteId]?.[0] : undefined;
}
