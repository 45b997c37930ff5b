import { createContext, useContext } from 'react';

export interface KioskContextValue {
  /** True on the unattended touch screen (`?mode=kiosk`): links must not navigate away. */
  kiosk: boolean;
  /** The address a phone should open for a query ("?site=x"): the public app, not the kiosk's 127.0.0.1. */
  shareUrl: (query: string) => string;
}

const here = (query: string): string => {
  const url = new URL(window.location.href);
  url.search = query.startsWith('?') ? query.slice(1) : query;
  url.hash = '';
  return url.href;
};

export const KioskContext = createContext<KioskContextValue>({ kiosk: false, shareUrl: here });

export function useKiosk(): KioskContextValue {
  return useContext(KioskContext);
}

export { here as currentPageShareUrl };
