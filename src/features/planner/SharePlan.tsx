import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The plan's link to copy, and its QR code to scan from the screen. */
export function SharePlan({ shareUrl, qr }: { shareUrl: string; qr: string | null }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <section className="planner__share" aria-labelledby="planner-share">
      <h3 id="planner-share">{t('planner.share.title')}</h3>
      <div className="planner__share-row">
        <input className="planner__url" readOnly value={shareUrl} aria-label={t('planner.share.link')} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            void navigator.clipboard?.writeText(shareUrl).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          {copied ? t('planner.share.copied') : t('planner.share.copy')}
        </button>
      </div>
      {qr !== null && (
        <figure className="planner__qr">
          <div className="planner__qr-code" role="img" aria-label={t('planner.share.qrLabel')} dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption>{t('planner.share.qrHint')}</figcaption>
        </figure>
      )}
    </section>
  );
}
