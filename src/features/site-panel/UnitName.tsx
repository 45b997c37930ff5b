import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Lang } from '../../domain/schema/common.ts';
import { unitParts, type UnitWords } from '../../domain/format-place.ts';

/** The locale's words for administrative units (see unitParts). */
export function unitWords(t: TFunction): UnitWords {
  return {
    commune: (name) => t('place.commune', { name }),
    ward: (name) => t('place.ward', { name }),
    township: t('place.township'),
    undetermined: t('place.undetermined'),
    uncertain: t('place.uncertain'),
  };
}

/** An administrative unit in the UI's language; what stays Vietnamese is marked lang="vi". */
export function UnitName({ unit, lang }: { unit: string; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <>
      {unitParts(unit, lang, unitWords(t)).map((p, i) =>
        p.vi === true ? (
          <span key={i} lang="vi">
            {p.text}
          </span>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
