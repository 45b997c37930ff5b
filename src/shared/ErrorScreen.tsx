import { useTranslation } from 'react-i18next';

/** Never a blank page: what went wrong, in words, and a way out. */
export function ErrorScreen({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <main className="error-screen" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{message}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </main>
  );
}
