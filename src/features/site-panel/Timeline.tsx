import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { KeyDate } from '../../domain/schema/site.ts';
import { formatPartialDate } from '../../domain/format-date.ts';

export function Timeline({ dates, lang }: { dates: readonly KeyDate[]; lang: Lang }) {
  const { t } = useTranslation();
  if (dates.length === 0) return null;
  const sorted = [...dates].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      <h3>{t('panel.timeline')}</h3>
      <ol className="timeline">
        {sorted.map((d) => (
          <li key={`${d.date}-${d.event.en}`}>
            <time dateTime={d.date}>{formatPartialDate(d.date, lang)}</time>
            <span>{d.event[lang]}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
