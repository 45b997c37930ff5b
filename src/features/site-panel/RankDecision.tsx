import { Trans } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import { parseDecision } from '../../domain/format-place.ts';
import { formatPartialDate } from '../../domain/format-date.ts';

/**
 * The ranking decision a site cites, said in the UI's language: "Quyết định số 35/QĐ-BVHTTDL ngày 7/1/2020" /
 * "Decision No. 35/QĐ-BVHTTDL of 7 January 2020". The document number is a Vietnamese identifier (lang="vi"); a
 * citation in any other form is shown as written, marked Vietnamese.
 */
export function RankDecision({ decision, lang }: { decision: string; lang: Lang }) {
  const d = parseDecision(decision);
  if (d.kind === 'other') {
    return (
      <p className="muted site-panel__decision" lang="vi">
        {d.text}
      </p>
    );
  }
  const date = formatPartialDate(d.date, lang);
  return (
    <p className="muted site-panel__decision">
      {d.kind === 'numbered' ? (
        <Trans
          i18nKey="decision.numbered"
          values={{ number: d.number, date }}
          components={{ num: <span lang="vi" translate="no" /> }}
        />
      ) : (
        <Trans i18nKey="decision.primeMinister" values={{ date }} />
      )}
    </p>
  );
}
