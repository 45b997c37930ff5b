import { useTranslation } from 'react-i18next';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { Lang } from '../../domain/schema/common.ts';
import { canGiveDirections, directionsLinks } from '../../domain/directions.ts';
import { useKiosk } from '../kiosk/kiosk-context.ts';

/**
 * "Chỉ đường" / "Directions": opens the phone's own maps app at the site (a `geo:` link on Android-like phones)
 * with OpenStreetMap's route planner as the web fallback. Not for a commune centre (it would send people to the
 * wrong place: the panel says so), and not on the kiosk (nothing may leave the screen; its QR hand-off does that).
 */
export function Directions({ site, lang }: { site: SiteFeature; lang: Lang }) {
  const { t } = useTranslation();
  const { kiosk } = useKiosk();
  if (kiosk || site.geometry === null) return null;
  const confidence = site.properties.location.confidence;
  if (!canGiveDirections(confidence, true)) {
    return <p className="muted directions__none">{t('visitor.directionsCommune')}</p>;
  }
  const name = (site.properties.shortName ?? site.properties.name)[lang];
  const links = directionsLinks(site.geometry.coordinates, name, typeof navigator === 'undefined' ? '' : navigator.userAgent);
  return (
    <div className="directions">
      <a className="secondary-button directions__link" href={links.geo ?? links.web} target={links.geo ? undefined : '_blank'} rel="noopener noreferrer">
        {t('visitor.directions')}
        <span className="visually-hidden"> {t('visitor.directionsHint')}</span>
      </a>
      {links.geo && (
        <a className="directions__web" href={links.web} target="_blank" rel="noopener noreferrer">
          {t('visitor.directionsWeb')}
        </a>
      )}
      {confidence === 'approximate' && <p className="muted">{t('visitor.directionsApproximate')}</p>}
    </div>
  );
}
