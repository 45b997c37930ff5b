import { useEffect, useState } from 'react';
import { qrSvg } from './share-qr.ts';

/** The QR code (SVG markup) of a link, drawn once the link is there to share; null until then or on failure. */
export function useQr(url: string, enabled: boolean): string | null {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!enabled) return;
    void qrSvg(url).then(
      (svg) => live && setQr(svg),
      () => live && setQr(null),
    );
    return () => {
      live = false;
    };
  }, [url, enabled]);
  return qr;
}
