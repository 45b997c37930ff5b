import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../shared/ErrorBoundary.tsx';
import { ErrorScreen } from '../../shared/ErrorScreen.tsx';
import './kiosk.css';

const RETURN_AFTER_MS = 6000;
/** More crashes than this within a minute: reload the page (from the service worker's cache when offline). */
const MAX_CRASHES_PER_MINUTE = 3;
const crashTimes: number[] = [];

/** Shown on the kiosk when something breaks: a kind word, then back to the home screen by itself. */
function KioskCrash({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const now = Date.now();
    crashTimes.push(now);
    while (crashTimes.length > 0 && (crashTimes[0] ?? now) < now - 60_000) crashTimes.shift();
    const tooMany = crashTimes.length > MAX_CRASHES_PER_MINUTE;
    const timer = window.setTimeout(() => {
      if (tooMany) window.location.reload();
      else onDone();
    }, RETURN_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [onDone]);
  return (
    <main className="kiosk-crash" role="alert">
      <h1>{t('kiosk.crashTitle')}</h1>
      <p>{t('kiosk.crashText')}</p>
    </main>
  );
}

/** Under automation only: `window.dispatchEvent(new Event('redmap:test-crash'))` makes a render throw. */
function CrashProbe() {
  const [crash, setCrash] = useState(false);
  useEffect(() => {
    if (!navigator.webdriver) return;
    const on = () => setCrash(true);
    window.addEventListener('redmap:test-crash', on);
    return () => window.removeEventListener('redmap:test-crash', on);
  }, []);
  if (crash) throw new Error('test crash (redmap:test-crash)');
  return null;
}

/**
 * The app-level safety net. On the kiosk an unexpected error shows a friendly message and, a few seconds later,
 * the home screen again (the whole app below is rebuilt); elsewhere, the error screen with a reload button.
 */
export function KioskSafeArea({ enabled, onHome, children }: { enabled: boolean; onHome: () => void; children: React.ReactNode }) {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const onHomeRef = useRef(onHome);
  useEffect(() => {
    onHomeRef.current = onHome;
  }, [onHome]);
  const [done] = useState(() => () => {
    onHomeRef.current();
    setGeneration((g) => g + 1);
  });
  return (
    <ErrorBoundary
      key={generation}
      fallback={() => (enabled ? <KioskCrash onDone={done} /> : <ErrorScreen message={t('errors.unexpected')} />)}
    >
      <CrashProbe />
      {children}
    </ErrorBoundary>
  );
}
