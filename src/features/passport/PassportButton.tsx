import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { OPEN_PASSPORT_EVENT } from './passport-events.ts';

// The view, its store reader and its strings load on the first press.
const PassportView = lazy(() => import('./PassportView.tsx'));

interface Props {
  sites: readonly SiteFeature[];
  lang: Lang;
  onSelect: (id: string) => void;
}

/** "Hộ chiếu" in the header: opens the visit passport (also opened by the quiz's "open the passport"). */
export function PassportButton({ sites, lang, onSelect }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(OPEN_PASSPORT_EVENT, show);
    return () => window.removeEventListener(OPEN_PASSPORT_EVENT, show);
  }, []);
  useEffect(() => {
    if (!open && wasOpen.current && button.current?.isConnected) button.current.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button type="button" ref={button} className="header-button passport-button" aria-haspopup="dialog" title={t('passport.title')} onClick={() => setOpen(true)}>
        {t('passport.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PassportView
            sites={sites}
            lang={lang}
            onClose={() => setOpen(false)}
            onSelect={(id) => {
              setOpen(false);
              onSelect(id);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
