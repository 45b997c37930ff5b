import type { Photo } from '../../domain/media/photos.ts';
import type { Lang } from '../../domain/schema/common.ts';
import { photoSrcset, photoUrl } from './photo-index.ts';

/**
 * One photo as the build made it: AVIF and WebP sources at their widths, the box sized from width/height before it
 * loads, the blurred placeholder behind it, the alt text in the page's language. The panel's gallery and the kiosk's
 * attract card both draw it.
 */
export function PhotoPicture({ photo, lang, sizes, draggable }: { photo: Photo; lang: Lang; sizes: string; draggable?: boolean }) {
  return (
    <picture>
      {photo.avif.length > 0 && <source type="image/avif" srcSet={photoSrcset(photo.avif)} sizes={sizes} />}
      <source type="image/webp" srcSet={photoSrcset(photo.webp)} sizes={sizes} />
      <img
        src={photoUrl(photo.webp[0]?.src ?? '')}
        width={photo.width}
        height={photo.height}
        alt={photo.alt[lang]}
        decoding="async"
        draggable={draggable}
        style={{ backgroundImage: `url(${photo.placeholder})` }}
      />
    </picture>
  );
}
