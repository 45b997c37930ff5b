import type { Photo } from '../../domain/media/photos.ts';
import type { Lang } from '../../domain/schema/common.ts';
import { usePhotosT } from '../photos/photo-index.ts';
import { PhotoPicture } from '../photos/PhotoPicture.tsx';

/** The card is at most 680 px wide on the kiosk's 1920×1080 (the photo spans it). */
const SIZES = '680px';

/**
 * A site's first photo at the top of its attract card: its box sized from width/height before it loads (the blurred
 * placeholder behind it), the alt text, and the credit and licence under it (no links: nothing leaves the kiosk).
 */
export function AttractPhoto({ photo, lang }: { photo: Photo; lang: Lang }) {
  const t = usePhotosT();
  return (
    <figure className="attract-card__photo">
      <PhotoPicture photo={photo} lang={lang} sizes={SIZES} draggable={false} />
      <figcaption className="attract-card__credit">
        {t('credit', { credit: photo.credit })} · {photo.licence}
      </figcaption>
    </figure>
  );
}
