import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteProperties } from '../../domain/schema/site.ts';
import { ExternalLink } from '../shared/ExternalLink.tsx';
import { hasVietnameseLetters } from '../../domain/format-place.ts';

/** How sure the map position is, in words, with where the coordinate came from when the data says. */
export function LocationNote({ location, lang }: { location: SiteProperties['location']; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className={`confidence confidence--${location.confidence}`}>
      <p className="confidence__level">
        {t('panel.location')}: <strong>{t(`confidence.${location.confidence}`)}</strong>
      </p>
      <p>{location.note[lang]}</p>
      {location.origin !== undefined && (
        <p className="confidence__origin">
          {t('content.coordinatesFrom')}: <ExternalLink href={location.origin.url}>
            <span lang={hasVietnameseLetters(location.origin.title) ? 'vi' : undefined}>{location.origin.title}</span>
          </ExternalLink>
        </p>
      )}
    </div>
  );
}
