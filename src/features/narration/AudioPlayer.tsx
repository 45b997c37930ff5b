import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../domain/schema/common.ts';
import type { Recording } from '../../domain/media/audio.ts';
import { useNarrationT } from './narration-strings.ts';
import { SpeedSelect } from './SpeedSelect.tsx';
import './narration.css';

const STEP_S = 15;

/** 75.4 → "1:15"; 3725 → "1:02:05". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

interface Props {
  lang: Lang;
  recording: Recording;
  /** Stop pressed: the parent shows the Listen button again. */
  onClose: () => void;
}

/**
 * Plays the story's recording: play/pause, −15 s/+15 s, a seek slider, speed and the time left, with the speaker's
 * credit and licence. Starts on the press of "Listen" only (the press is the gesture; never by itself), stops when
 * unmounted (panel closed, other site, other language, kiosk reset). Nothing here is a live region that ticks:
 * the time is read when the slider is reached, so a screen reader is not talked over.
 */
export default function AudioPlayer({ lang, recording, onClose }: Props) {
  const t = useNarrationT();
  const audioRef = useRef<HTMLAudioElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [playing, setPlaying] = useState(false);
  const [ended, setEnded] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(recording.duration);
  const [rate, setRate] = useState(1);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const audio = audioRef.current;
    toggleRef.current?.focus();
    if (!audio) return;
    // The press on "Listen" asked for it; a browser that still refuses leaves the Play button under focus.
    audio.play()?.catch(() => setPlaying(false));
    return () => audio.pause();
  }, []);

  const audio = () => audioRef.current;
  const seekTo = (s: number) => {
    const a = audio();
    if (!a) return;
    a.currentTime = Math.min(Math.max(0, s), duration);
    setTime(a.currentTime);
  };
  const toggle = () => {
    const a = audio();
    if (!a) return;
    if (!a.paused) return a.pause();
    if (ended) seekTo(0);
    a.play()?.catch(() => setPlaying(false));
  };

  const clock = t('audio.clock', { time: formatClock(time), duration: formatClock(duration) });
  return (
    <section className="narration narration--audio" aria-label={t('audio.label')}>
      <audio
        ref={audioRef}
        src={new URL(recording.src, document.baseURI).href}
        preload="metadata"
        onPlay={() => {
          setPlaying(true);
          setEnded(false);
        }}
        onPause={() => setPlaying(false)}
        onEnded={() => {
          setPlaying(false);
          setEnded(true);
        }}
        onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
        onDurationChange={(e) => {
          const d = e.currentTarget.duration;
          if (Number.isFinite(d) && d > 0) setDuration(d);
        }}
        onError={() => setFailed(true)}
      />
      <div className="narration__controls">
        <button type="button" ref={toggleRef} className="primary-button" onClick={toggle} disabled={failed}>
          {playing ? t('audio.pause') : ended ? t('again') : t('audio.play')}
        </button>
        <button type="button" className="secondary-button" onClick={() => seekTo((audio()?.currentTime ?? time) - STEP_S)} disabled={failed}>
          {t('audio.back')}
        </button>
        <button type="button" className="secondary-button" onClick={() => seekTo((audio()?.currentTime ?? time) + STEP_S)} disabled={failed}>
          {t('audio.forward')}
        </button>
        <SpeedSelect
          rate={rate}
          lang={lang}
          onRate={(r) => {
            setRate(r);
            const a = audio();
            if (a) a.playbackRate = r;
          }}
        />
        <button type="button" className="secondary-button" onClick={onClose}>
          {t('stop')}
        </button>
      </div>
      <div className="narration__seek">
        <input
          type="range"
          min={0}
          max={Math.max(1, Math.round(duration))}
          step={1}
          value={Math.min(Math.round(time), Math.round(duration))}
          aria-label={t('audio.seek')}
          aria-valuetext={clock}
          onChange={(e) => seekTo(Number(e.target.value))}
          disabled={failed}
        />
        <span className="narration__time" aria-hidden="true">
          {formatClock(time)} / {formatClock(duration)}
        </span>
        <span className="muted narration__left">{t('audio.timeLeft', { time: formatClock(duration - time) })}</span>
      </div>
      {failed && (
        <p className="notice" role="status">
          {t('audio.error')}
        </p>
      )}
      <p className="muted narration__voice">
        {t('audio.credit', { credit: recording.credit, licence: recording.licence })}
        {recording.licenceUrl !== undefined && (
          <>
            {' '}
            (<a href={recording.licenceUrl} target="_blank" rel="noopener noreferrer">
              {t('audio.licence')}
            </a>
            )
          </>
        )}
      </p>
      <p className="muted narration__voice">{t('audio.source', { source: recording.source })}</p>
    </section>
  );
}
