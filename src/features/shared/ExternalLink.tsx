import { useTranslation } from 'react-i18next';

/** A link that leaves the app: new tab, no opener, no referrer, and says so to screen readers. */
export function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t('panel.externalLink')}</span>
    </a>
  );
}
