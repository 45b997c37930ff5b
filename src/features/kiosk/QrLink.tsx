import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const svgCache = new Map<string, string>();
const MAX_CACHE = 64;

/** The QR code of a URL as inline SVG; the encoder (qrcode) is loaded only when the first QR is shown. */
async function qrSvg(url: string): Promise<string> {
  const hit = svgCache.get(url);
  if (hit !== undefined) return hit;
  const { toString } = await import('qrcode');
  const svg = await toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  if (svgCache.size >= MAX_CACHE) svgCache.delete(svgCache.keys().next().value ?? '');
  svgCache.set(url, svg);
  return svg;
}

interface Props {
  url: string;
  /** Shown beside or under the code (what it opens). */
  label?: React.ReactNode;
  size?: number;
  /** Print the address under the code, for people without a camera. */
  showUrl?: boolean;
}

/** A QR code to scan with a phone: the visitor takes the link with them instead of leaving the kiosk. */
export function QrLink({ url, label, size = 132, showUrl = true }: Props) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<string | null>(() => svgCache.get(url) ?? null);
  useEffect(() => {
    let live = true;
    qrSvg(url).then(
      (s) => live && setSvg(s),
      () => live && setSvg(null),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <figure className="qr-link" data-url={url}>
      <div
        className="qr-link__code"
        role="img"
        aria-label={t('kiosk.qrLabel', { url })}
        style={{ width: size, height: size }}
        // The SVG comes from the qrcode encoder (paths only; the URL is not embedded as text).
        dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
      />
      {(label !== undefined || showUrl) && (
        <figcaption className="qr-link__caption">
          {label}
          {showUrl && <span className="qr-link__url">{url}</span>}
        </figcaption>
      )}
    </figure>
  );
}

export default QrLink;
