import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import './print-plate-button.css';

// The plate, its QR generator, its print CSS and its words load on the first press (first-load budget).
const SitePlate = lazy(() => import('./SitePlate.tsx'));

/**
 * "In bảng QR" / "Print QR plate" in the site panel: prints one A5 plate of the site (issue 16 item 5), the same
 * plate `npm run plates` makes for the wall, from the browser's print dialog. Pressing again prints again.
 */
export function PrintPlateButton({ site, lang }: { site: SiteFeature; lang: Lang }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState(0);
  const [open, setOpen] = useState(false);
  const done = useCallback(() => setOpen(false), []);
  return (
    <>
      <button
        type="button"
        className="print-plate-button"
        aria-label={t('panel.printPlateLabel', { name: site.properties.name[lang] })}
        onClick={() => {
          setRequest((n) => n + 1);
          setOpen(true);
        }}
      >
        <span aria-hidden="true">⎙ </span>
        {t('panel.printPlate')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SitePlate key={request} site={site} lang={lang} onDone={done} />
        </Suspense>
      )}
    </>
  );
}
