import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../domain/schema/common.ts';
import { flattenScript, storyScript, type NarrationChunk, type NarrationSection } from '../../domain/narration/script.ts';
import type { LoadResult } from '../../content/load-sites.ts';
import type { Story } from '../../domain/schema/story.ts';
import { SpeechNarrator, type NarratorStatus } from './speech-narrator.ts';
import { useNarrationT } from './narration-strings.ts';
import { SpeedSelect } from './SpeedSelect.tsx';
import './narration.css';


interface Props {
  lang: Lang;
  /** The device's voice for the language (the parent checked there is one). */
  voice: SpeechSynthesisVoice | null;
  /**
   * The story, from the parent: this chunk imports nothing the first load has (a module shared with the first
   * load would be split into a chunk of its own, costing first-load bytes).
   */
  loadStory: () => Promise<LoadResult<Story>>;
  /** Stop pressed: the parent shows the Listen button again. */
  onClose: () => void;
}

type Script = { sections: NarrationSection[]; chunks: NarrationChunk[] } | 'loading' | 'error';

/**
 * Reads the site's story with the device's voice, one utterance per sentence, the sentence being read highlighted
 * and kept in view. Starts on the press of "Listen" (never by itself); stops when unmounted (panel closed, other
 * site, other language, kiosk reset). The transcript is not a live region: a screen reader is not talked over.
 */
export default function SpeechPlayer({ lang, voice, loadStory, onClose }: Props) {
  const t = useNarrationT();
  const [script, setScript] = useState<Script>('loading');
  const [pos, setPos] = useState<{ index: number; status: NarratorStatus }>({ index: 0, status: 'stopped' });
  const [rate, setRate] = useState(1);
  const narrator = useRef<SpeechNarrator | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const transcriptRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void loadStory().then((r) => {
      if (!live) return;
      if (!r.ok) return setScript('error');
      const sections = storyScript(r.value.body, lang, r.value.frontMatter.title);
      setScript({ sections, chunks: flattenScript(sections) });
    });
    return () => {
      live = false;
    };
  }, [loadStory, lang]);

  useEffect(() => {
    if (typeof script === 'string' || !voice) return;
    const n = new SpeechNarrator({
      synth: window.speechSynthesis,
      makeUtterance: (text) => new SpeechSynthesisUtterance(text),
      voice,
      chunks: script.chunks,
      onChange: (index, status) => setPos({ index, status }),
    });
    narrator.current = n;
    n.play(0);
    toggleRef.current?.focus();
    return () => {
      n.stop();
      narrator.current = null;
    };
  }, [script, voice]);

  useEffect(() => {
    // Keep the sentence in view by scrolling the transcript box only: scrolling the panel (scrollIntoView) would
    // push the controls out of a phone's sheet.
    const box = transcriptRef.current;
    const el = box?.querySelector<HTMLElement>(`[data-chunk="${pos.index}"]`);
    if (!box || !el || (pos.status !== 'playing' && pos.status !== 'paused')) return;
    const r = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - b.height / 4;
  }, [pos]);

  if (!voice || script === 'error') return <p className="notice" role="status">{t('unavailable')}</p>;
  if (script === 'loading') return null;
  const total = script.chunks.length;
  const playing = pos.status === 'playing';
  let chunkAt = 0;

  return (
    <section className="narration" aria-label={t('playerLabel')}>
      <div className="narration__controls">
        <button
          type="button"
          ref={toggleRef}
          className="primary-button"
          onClick={() => (playing ? narrator.current?.pause() : narrator.current?.resume())}
        >
          {playing ? t('pause') : pos.status === 'ended' ? t('again') : t('resume')}
        </button>
        <button type="button" className="secondary-button" onClick={() => narrator.current?.nextSection()}>
          {t('nextSection')}
        </button>
        <SpeedSelect
          rate={rate}
          lang={lang}
          onRate={(r) => {
            setRate(r);
            narrator.current?.setRate(r);
          }}
        />
        <button type="button" className="secondary-button" onClick={onClose}>
          {t('stop')}
        </button>
      </div>
      <p className="muted narration__status" role="status">
        {t(`status.${pos.status}`, { current: pos.index + 1, total })}
      </p>
      <div className="narration__transcript" ref={transcriptRef} aria-label={t('transcriptLabel')} role="group" lang={lang}>
        {script.sections.map((s, si) => (
          <div key={si} className="narration__section">
            {[...(s.heading !== null ? [s.heading] : []), ...s.chunks].map((text, ci) => {
              const index = chunkAt++;
              const current = index === pos.index && pos.status !== 'stopped' && pos.status !== 'ended';
              const Tag = ci === 0 && s.heading !== null ? 'strong' : 'span';
              return (
                <Tag key={index} data-chunk={index} className={current ? 'narration__chunk is-current' : 'narration__chunk'} aria-current={current ? 'true' : undefined}>
                  {text}{' '}
                </Tag>
              );
            })}
          </div>
        ))}
      </div>
      <p className="muted narration__voice">{t('voiceNote', { name: voice.name })}</p>
    </section>
  );
}
