import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, useServiceWorker } from '../shared/register-sw.ts';

/** Registers the service worker; when a new version is ready, a small notice the reader may act on, or not. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const { updateWaiting } = useServiceWorker(true);
  const [dismissed, setDismissed] = useState(false);
  if (!updateWaiting || dismissed) return null;
  return (
    <div className="update-notice" role="status">
      <span>{t('pwa.updateReady')}</span>
      <button type="button" className="primary-button" onClick={() => applyUpdate()}>
        {t('pwa.reload')}
      </button>
      <button type="button" className="icon-button" aria-label={t('pwa.dismiss')} onClick={() => setDismissed(true)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
