import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_SELF_REPORTING } from './use-idle.ts';

/**
 * "Trở về màn hình chính sau 10 giây" with a big "Tiếp tục": an alert dialog over everything, so a visitor who is
 * still reading keeps their place with one touch, anywhere on it. The dialog reports its own touches
 * (IDLE_SELF_REPORTING) when they are complete, on the click: if it went on the finger coming down, the click that
 * follows would land on whatever is under it (a site on the map, which would then open in place of the reader's).
 */
export function IdleCountdown({ secondsLeft, onContinue }: { secondsLeft: number; onContinue: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      className="idle-countdown"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-countdown-text"
      {...{ [IDLE_SELF_REPORTING]: '' }}
      onClick={onContinue}
    >
      <div className="idle-countdown__box">
        <p id="idle-countdown-text" className="idle-countdown__text">
          {t('kiosk.countdown', { count: secondsLeft })}
        </p>
        {/* Its click (a tap, Enter or Space) reaches the dialog's onClick, like a tap anywhere on the dialog. */}
        <button ref={button} type="button" className="primary-button idle-countdown__continue">
          {t('kiosk.continue')}
        </button>
      </div>
    </div>
  );
}
