import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteProperties } from '../../domain/schema/site.ts';
import { UnitName } from './UnitName.tsx';

export function PlaceFacts({ place, lang }: { place: SiteProperties['place']; lang: Lang }) {
  const { t } = useTranslation();
  const caveat =
    place.communeAfter2025Confidence === 'secondary'
      ? t('panel.after2025Secondary')
      : place.communeAfter2025Confidence === 'uncertain'
        ? t('panel.after2025Uncertain')
        : null;
  const after = [place.communeAfter2025, ...(place.otherCommunesAfter2025 ?? [])];
  return (
    <>
      <h3>{t('panel.place')}</h3>
      <dl className="facts">
        <dt>{t('panel.before2025')}</dt>
        <dd>
          <UnitName unit={place.commune} lang={lang} />, {place.district}
        </dd>
        <dt>{t('panel.after2025')}</dt>
        <dd>
          {after.map((unit, i) => (
            <Fragment key={unit}>
              {i > 0 && ', '}
              <UnitName unit={unit} lang={lang} />
            </Fragment>
          ))}
          {place.otherCommunesAfter2025 !== undefined && <span className="muted"> ({t('content.otherCommunes')})</span>}
          {caveat && <span className="muted"> ({caveat})</span>}
        </dd>
        {place.hamlet !== undefined && (
          <>
            <dt>{t('panel.hamlet')}</dt>
            <dd>
              <span lang="vi">{place.hamlet}</span>
              {lang !== 'vi' && <span className="muted"> ({t('panel.inVietnamese')})</span>}
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
