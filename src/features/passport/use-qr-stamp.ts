import { useEffect } from 'react';
import type { UrlState } from '../../domain/url/app-url.ts';

/** Opened from a site's QR plate (?site=x&from=qr): a passport stamp, never on the kiosk (nothing is kept there). */
export function useQrStamp(startUrl: UrlState, siteIds: ReadonlyMap<string, unknown>, kiosk: boolean): void {
  useEffect(() => {
    const id = startUrl.from === 'qr' ? startUrl.site : null;
    if (kiosk || id === null || !siteIds.has(id)) return;
    void import('../../domain/passport/passport-store.ts').then((m) => m.addStamp(id, 'qr'));
  }, [startUrl, siteIds, kiosk]);
}
