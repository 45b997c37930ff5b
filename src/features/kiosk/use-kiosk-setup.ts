import { useEffect, useMemo, useState } from 'react';
import { parseMode } from '../../domain/url/mode.ts';
import { loadKioskConfig, shareUrl, type KioskConfig } from './kiosk-config.ts';
import { PUBLIC_BASE_URL } from '../../content/public-base-url.ts';
import { currentPageShareUrl, type KioskContextValue } from './kiosk-context.ts';

export interface KioskSetup {
  enabled: boolean;
  /** null until the config file is read (kiosk mode only). */
  config: KioskConfig | null;
  context: KioskContextValue;
}

/** Kiosk mode from the address (`?mode=kiosk`, read once), its config file, and the context for links and QR codes. */
export function useKioskSetup(): KioskSetup {
  const [search] = useState(() => window.location.search);
  const [enabled] = useState(() => parseMode(search) === 'kiosk');
  const [config, setConfig] = useState<KioskConfig | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void loadKioskConfig(search).then((parsed) => {
      if (!live) return;
      for (const w of parsed.warnings) console.warn(w);
      setConfig(parsed.config);
    });
    return () => {
      live = false;
    };
  }, [enabled, search]);

  const context = useMemo<KioskContextValue>(
    () => ({
      kiosk: enabled,
      shareUrl: (query) => (enabled && config ? shareUrl(query, config.shareBaseUrl ?? PUBLIC_BASE_URL, window.location) : currentPageShareUrl(query)),
    }),
    [enabled, config],
  );
  return { enabled, config, context };
}
