import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Trở về màn hình chính sau 10 giây" with a big "Tiếp tục": an alert dialog over everything, so a visitor who is
 * still reading keeps their place with one touch.
 */
export function IdleCountdown({ secondsLeft, onContinue }: { secondsLeft: number; onContinue: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="idle-countdown" role="alertdialog" aria-modal="true" aria-labelledby="idle-countdown-text">
      <div className="idle-countdown__box">
        <p id="idle-countdown-text" className="idle-countdown__text">
          {t('kiosk.countdown', { count: secondsLeft })}
        </p>
        <button ref={button} type="button" className="primary-button idle-countdown__continue" onClick={onContinue}>
          {t('kiosk.continue')}
        </button>
      </div>
    </div>
  );
}
