import { useTranslation } from 'react-i18next';
import { useKiosk } from '../kiosk/kiosk-context.ts';
import { QrLink } from '../kiosk/QrLink.tsx';

/**
 * A link that leaves the app: new tab, no opener, no referrer, and says so to screen readers. On the kiosk
 * nothing may navigate away: the link becomes a QR code to scan, with its address in words.
 */
export function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  const { kiosk } = useKiosk();
  if (kiosk) {
    return (
      <span className="external-qr">
        <span className="external-qr__title">{children}</span>
        {/* The QR encoder itself loads on first use (QrLink imports qrcode lazily). */}
        <QrLink url={href} size={112} />
      </span>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t('panel.externalLink')}</span>
    </a>
  );
}
