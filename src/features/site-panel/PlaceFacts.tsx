import { useTranslation } from 'react-i18next';
import type { SiteProperties } from '../../domain/schema/site.ts';

export function PlaceFacts({ place }: { place: SiteProperties['place'] }) {
  const { t } = useTranslation();
  const caveat =
    place.communeAfter2025Confidence === 'secondary'
      ? t('panel.after2025Secondary')
      : place.communeAfter2025Confidence === 'uncertain'
        ? t('panel.after2025Uncertain')
        : null;
  return (
    <>
      <h3>{t('panel.place')}</h3>
      <dl className="facts">
        <dt>{t('panel.before2025')}</dt>
        <dd>
          {place.commune}, {place.district}
        </dd>
        <dt>{t('panel.after2025')}</dt>
        <dd>
          {[place.communeAfter2025, ...(place.otherCommunesAfter2025 ?? [])].join(', ')}
          {place.otherCommunesAfter2025 !== undefined && <span className="muted"> ({t('content.otherCommunes')})</span>}
          {caveat && <span className="muted"> ({caveat})</span>}
        </dd>
        {place.hamlet !== undefined && (
          <>
            <dt>{t('panel.hamlet')}</dt>
            <dd>{place.hamlet}</dd>
          </>
        )}
      </dl>
    </>
  );
}
