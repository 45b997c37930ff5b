import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteProperties } from '../../domain/schema/site.ts';

export function VisitFacts({ visit, lang }: { visit: SiteProperties['visit']; lang: Lang }) {
  const { t } = useTranslation();
  const has = visit.minutes !== undefined || visit.opening || visit.ticket || visit.operator || visit.fromCity || visit.fromHanoi;
  return (
    <>
      <h3>{t('panel.visit')}</h3>
      {!has && <p className="muted">{t('panel.noVisit')}</p>}
      {has && (
        <dl className="facts">
          {visit.minutes !== undefined && <dd>{t('panel.visitMinutes', { minutes: visit.minutes })}</dd>}
          {visit.opening && (
            <>
              <dt>{t('panel.opening')}</dt>
              <dd>{visit.opening[lang]}</dd>
            </>
          )}
          {visit.ticket && (
            <>
              <dt>{t('panel.ticket')}</dt>
              <dd>{visit.ticket[lang]}</dd>
            </>
          )}
          {visit.fromCity && (
            <>
              <dt>{t('visitor.fromCity')}</dt>
              <dd>{visit.fromCity[lang]}</dd>
            </>
          )}
          {visit.fromHanoi && (
            <>
              <dt>{t('visitor.fromHanoi')}</dt>
              <dd>{visit.fromHanoi[lang]}</dd>
            </>
          )}
          {visit.operator && (
            <>
              <dt>{t('panel.operator')}</dt>
              <dd>
                <span lang="vi">{visit.operator}</span>
                {lang !== 'vi' && <span className="muted"> ({t('panel.inVietnamese')})</span>}
              </dd>
            </>
          )}
        </dl>
      )}
    </>
  );
}
