import { useTranslation } from 'react-i18next';
import { useKiosk } from './kiosk-context.ts';
import { QrLink } from './QrLink.tsx';

/**
 * "Take it with you": the QR code of a link into the app (a site, a plan) on its public address, so a visitor
 * scans it and carries on reading on their phone. `query` is the app's own query string ("?site=tin-keo").
 */
export function Handoff({ query, label }: { query: string; label?: string }) {
  const { t } = useTranslation();
  const { shareUrl } = useKiosk();
  return (
    <div className="handoff">
      <QrLink url={shareUrl(query)} size={152} label={<strong className="handoff__label">{label ?? t('kiosk.takeWithYou')}</strong>} />
    </div>
  );
}

export default Handoff;

/** The hand-off QR of one site, in the language being read. */
export function SiteHandoff({ siteId, lang }: { siteId: string; lang: 'vi' | 'en' }) {
  return <Handoff query={`?site=${encodeURIComponent(siteId)}${lang === 'vi' ? '' : `&lang=${lang}`}`} />;
}
