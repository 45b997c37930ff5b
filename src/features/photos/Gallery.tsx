import type { Photo } from '../../domain/media/photos.ts';
import type { Lang } from '../../domain/schema/common.ts';
import { parsePhotoIndex as parseIndex, photoSrcset as srcset, photoUrl as abs, usePhotosT } from './photo-index.ts';
import { PhotoPicture } from './PhotoPicture.tsx';
import './photos.css';

/** The panel is at most ~420 px wide; a phone sheet is the screen's width. */
const SIZES = '(min-width: 768px) 420px, 100vw';

/** Open the lightbox (PhotoSwipe, loaded with its CSS on the first open) at photo `at`; focus returns to `from`. */
async function openLightbox(photos: readonly Photo[], at: number, lang: Lang, t: (k: string, o?: Record<string, unknown>) => string, from: HTMLElement): Promise<void> {
  const [{ default: PhotoSwipe }] = await Promise.all([import('photoswipe'), import('photoswipe/style.css')]);
  const pswp = new PhotoSwipe({
    dataSource: photos.map((p) => {
      const largest = p.webp[p.webp.length - 1] ?? p.webp[0];
      return {
        src: abs(largest?.src ?? ''),
        srcset: srcset(p.webp),
        width: largest?.width ?? p.width,
        height: largest?.height ?? p.height,
        msrc: p.placeholder,
        alt: p.alt[lang],
        caption: p.caption[lang],
        credit: p.credit,
        licence: p.licence,
      };
    }),
    index: at,
    closeTitle: t('close'),
    arrowNextTitle: t('next'),
    arrowPrevTitle: t('prev'),
    zoomTitle: t('zoom'),
    returnFocus: true,
    // No zoom or fade in or out: PhotoSwipe's fade stayed at its first frame (opacity 0.003) in Chromium here.
    showHideAnimationType: 'none',
    bgOpacity: 0.92,
  });
  // The caption and credit under each photo.
  pswp.on('uiRegister', () => {
    pswp.ui?.registerElement({
      name: 'photo-caption',
      order: 9,
      isButton: false,
      appendTo: 'root',
      onInit: (el) => {
        el.setAttribute('aria-live', 'polite');
        const show = () => {
          const d = pswp.currSlide?.data as { caption?: string; credit?: string; licence?: string } | undefined;
          el.textContent = d ? `${d.caption ?? ''} — ${t('credit', { credit: d.credit })} (${t('licence', { licence: d.licence })})` : '';
        };
        pswp.on('change', show);
        show();
      },
    });
  });
  pswp.on('destroy', () => from.focus());
  pswp.init();
}

/**
 * The site's photos: the first as the panel's header image (its box sized from width/height before it loads, the
 * blurred placeholder behind it), the others as thumbnails; each opens the lightbox. Captions and credits shown.
 */
export default function Gallery({ index: raw, siteId, lang }: { index: unknown; siteId: string; lang: Lang }) {
  const t = usePhotosT();
  const photos = parseIndex(raw)?.[siteId] ?? [];
  if (photos.length === 0) return null;
  const [first, ...rest] = photos;
  if (!first) return null;
  const open = (at: number) => (e: React.MouseEvent<HTMLButtonElement>) => void openLightbox(photos, at, lang, t, e.currentTarget);
  return (
    <section className="site-photos" aria-label={t('galleryLabel')}>
      <figure className="site-photos__header">
        <button type="button" className="site-photos__open" onClick={open(0)} aria-label={t('open', { caption: first.caption[lang] })}>
          <PhotoPicture photo={first} lang={lang} sizes={SIZES} />
        </button>
        <figcaption>
          {first.caption[lang]} <span className="site-photos__credit">{t('credit', { credit: first.credit })} · {first.licenceUrl ? <a href={first.licenceUrl} rel="license noopener">{first.licence}</a> : first.licence} · <a href={first.source} rel="noopener">{t('source')}</a></span>
        </figcaption>
      </figure>
      {rest.length > 0 && (
        <ul className="site-photos__thumbs">
          {rest.map((p, i) => (
            <li key={p.id}>
              <figure>
                <button type="button" className="site-photos__open" onClick={open(i + 1)} aria-label={t('open', { caption: p.caption[lang] })}>
                  <img
                    src={abs(p.webp[0]?.src ?? '')}
                    width={p.webp[0]?.width ?? p.width}
                    height={p.webp[0]?.height ?? p.height}
                    alt={p.alt[lang]}
                    loading="lazy"
                    decoding="async"
                    style={{ backgroundImage: `url(${p.placeholder})` }}
                  />
                </button>
                <figcaption>
                  {p.caption[lang]} <span className="site-photos__credit">{t('credit', { credit: p.credit })} · {p.licence}</span>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
