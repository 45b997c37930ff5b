import { useTranslation } from 'react-i18next';
import type { NearMeState } from './use-near-me.ts';

export function NearMeButton({ state, onLocate, onClear }: { state: NearMeState; onLocate: () => void; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="near-me">
      {state.kind === 'ready' ? (
        <button type="button" className="secondary-button" onClick={onClear}>
          {t('nearMe.stop')}
        </button>
      ) : (
        <button type="button" className="secondary-button" onClick={onLocate} disabled={state.kind === 'locating'}>
          {state.kind === 'locating' ? t('nearMe.locating') : t('nearMe.button')}
        </button>
      )}
      {state.kind === 'error' && (
        <p className="notice" role="status">
          {t(state.message)}
        </p>
      )}
    </div>
  );
}
