import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { formatPartialDate } from '../../domain/format-date.ts';
import { PASSPORT_EVENT, readPassport, type Passport, type Stamp } from '../../domain/passport/passport-store.ts';
import { usePassportT } from './passport-strings.ts';
import './passport.css';

interface Props {
  sites: readonly SiteFeature[];
  lang: Lang;
  onClose: () => void;
  onSelect: (id: string) => void;
}

function nameOf(s: SiteFeature, lang: Lang): string {
  return (s.properties.shortName ?? s.properties.name)[lang];
}

function stampDate(stamp: Stamp, lang: Lang): string {
  const d = new Date(stamp.at);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return formatPartialDate(iso, lang);
}

/**
 * "Hộ chiếu địa chỉ đỏ": a modal dialog with a grid of every site, stamped or not, and the progress (7/31).
 * Read from this device's storage on open and after every new stamp; a damaged store shows a notice (the store
 * itself has set the bad copy aside), never an error.
 */
export default function PassportView({ sites, lang, onClose, onSelect }: Props) {
  const t = usePassportT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [{ passport, damaged }, setRead] = useState<{ passport: Passport; damaged: boolean }>(() => readPassport());
  const ordered = useMemo(() => [...sites].sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang), lang)), [sites, lang]);
  const count = ordered.filter((s) => passport.stamps[s.id] !== undefined).length;
  const { t: tApp } = useTranslation();
  const [exporting, setExporting] = useState<'idle' | 'busy' | 'failed'>('idle');

  // "Lưu thành ảnh": the drawing code loads on the first press; the picture is made and kept on this device.
  const exportImage = async () => {
    setExporting('busy');
    try {
      const { exportPassportImage } = await import('./export-image.ts');
      await exportPassportImage(
        {
          title: t('title'),
          figure: `${count}/${ordered.length}`,
          progress: t('progress', { count, total: ordered.length }),
          cells: ordered.map((site) => {
            const stamp = passport.stamps[site.id];
            return { name: nameOf(site, lang), stamped: stamp !== undefined, when: stamp ? stampDate(stamp, lang) : t('notYet') };
          }),
          footer: tApp('app.title'),
        },
        t('exportFileName'),
      );
      setExporting('idle');
    } catch (e) {
      console.warn('passport image:', e);
      setExporting('failed');
    }
  };

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    d?.querySelector<HTMLElement>('h2')?.focus();
    const refresh = () => setRead((prev) => ({ passport: readPassport().passport, damaged: prev.damaged }));
    window.addEventListener(PASSPORT_EVENT, refresh);
    return () => window.removeEventListener(PASSPORT_EVENT, refresh);
  }, []);

  return (
    <dialog
      ref={dialog}
      className="passport"
      aria-labelledby="passport-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="passport__header">
        <h2 id="passport-title" tabIndex={-1}>
          {t('title')}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {damaged && (
        <p className="notice passport__damaged" role="alert">
          {t('damaged')}
        </p>
      )}
      <p className="passport__intro">{t('intro')}</p>
      <p className="passport__progress">
        <span>{t('progress', { count, total: ordered.length })}</span>
        <progress max={ordered.length} value={count} aria-label={t('progressLabel')} />
      </p>
      {count === 0 && <p className="muted">{t('empty')}</p>}
      <p className="passport__export">
        <button type="button" className="secondary-button" onClick={() => void exportImage()} disabled={exporting === 'busy'}>
          {exporting === 'busy' ? t('exporting') : t('exportImage')}
        </button>
        {exporting === 'failed' && (
          <span className="notice" role="status">
            {t('exportFailed')}
          </span>
        )}
      </p>
      <ul className="passport__grid">
        {ordered.map((site) => {
          const stamp = passport.stamps[site.id];
          const name = nameOf(site, lang);
          return (
            <li key={site.id} className={`passport__cell${stamp ? ' passport__cell--stamped' : ''}`} data-site-id={site.id}>
              <button type="button" className="passport__stamp" onClick={() => onSelect(site.id)} aria-label={`${name}: ${stamp ? `${t('stampedOn', { date: stampDate(stamp, lang) })}, ${t(`via.${stamp.via}`)}` : t('notYet')}`}>
                <span className="passport__seal" aria-hidden="true">
                  {stamp ? '★' : ''}
                </span>
                <span className="passport__name">{name}</span>
                <span className="passport__when">{stamp ? stampDate(stamp, lang) : t('notYet')}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </dialog>
  );
}
