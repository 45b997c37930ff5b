import { useTranslation } from 'react-i18next';
import type { Source } from '../../domain/schema/common.ts';
import { ExternalLink } from '../shared/ExternalLink.tsx';
import { hasVietnameseLetters } from '../../domain/format-place.ts';

export function SourcesList({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('panel.sources', { count: sources.length })}</h3>
      <ul className="sources">
        {sources.map((s) => (
          <li key={s.url}>
            <ExternalLink href={s.url}>
              <span lang={hasVietnameseLetters(s.title) ? 'vi' : undefined}>{s.title}</span>
            </ExternalLink>
          </li>
        ))}
      </ul>
    </>
  );
}
