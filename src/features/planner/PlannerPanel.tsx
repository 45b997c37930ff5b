import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { START_PRESETS, START_PRESET_IDS, type Plan, type PlanStart } from '../../domain/plan/plan.ts';
import { buildTimetable, type TimetableRow } from '../../domain/plan/timetable.ts';
import { encodePlan } from '../../domain/plan/plan-url.ts';
import { itineraryToGpx, planItinerary } from '../../domain/plan/export-gpx.ts';
import { itineraryToGeoJson } from '../../domain/plan/export-geojson.ts';
import { useMapHandle } from '../../app/map-handle.ts';
import type { PlanApi } from './use-plan.ts';
import { formatters, planMapData, siteName, startPosition, todayIso } from './plan-view.ts';
import { qrSvg } from './share-qr.ts';
import { captureMapImage } from './map-image.ts';
import { WarningText } from './WarningText.tsx';
import { RoutesPicker } from './RoutesPicker.tsx';
import './planner.css';

const PrintView = lazy(() => import('./PrintView.tsx').then((m) => ({ default: m.PrintView })));

interface Props {
  api: PlanApi;
  sites: readonly SiteFeature[];
  byId: ReadonlyMap<string, SiteFeature>;
  lang: Lang;
  selectedId: string | null;
  onSelectSite: (id: string) => void;
}

type Located = { kind: 'idle' } | { kind: 'locating' } | { kind: 'error' };
type PrintState = { kind: 'off' } | { kind: 'preparing' } | { kind: 'ready'; image: string | null };

/** The share link of a plan: this page's address with only `plan` (and `lang` for English). */
export function shareUrlOf(plan: Plan, lang: Lang, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  const params = new URLSearchParams({ plan: encodePlan(plan) });
  if (lang !== 'vi') params.set('lang', lang);
  return `${location.origin}${location.pathname}?${params.toString()}`;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The teacher's planner: stops in order with the timetable, settings, optimise, share, export and print. */
export default function PlannerPanel({ api, sites, byId, lang, selectedId, onSelectSite }: Props) {
  const { t } = useTranslation();
  const { plan } = api;
  const { map } = useMapHandle();
  const [date, setDate] = useState(todayIso);
  const [located, setLocated] = useState<Located>({ kind: 'idle' });
  const [announce, setAnnounce] = useState('');
  const [optimised, setOptimised] = useState<string | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [print, setPrint] = useState<PrintState>({ kind: 'off' });
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const pendingFocus = useRef<{ site: string; dir: 'up' | 'down' } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const fmt = useMemo(
    () => formatters(lang, { estimated: t('planner.estimated'), unknown: t('planner.unknownDistance'), hours: t('planner.h'), minutes: t('planner.min') }),
    [lang, t],
  );
  const timetable = useMemo(() => buildTimetable(plan, sites, { date }), [plan, sites, date]);
  const startName = plan.start.kind === 'preset' ? START_PRESETS[plan.start.id].name[lang] : t('planner.start.myLocation');
  const shareUrl = useMemo(() => shareUrlOf(plan, lang), [plan, lang]);
  const name = (id: string) => {
    const s = byId.get(id);
    return s === undefined ? id : siteName(s, lang);
  };

  // Opened with the header button: focus moves in. Opened by a shared link at load: focus stays at the top.
  useEffect(() => {
    if (document.activeElement?.closest('.planner-button')) headingRef.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    if (plan.stops.length === 0) return;
    void qrSvg(shareUrl).then(
      (svg) => live && setQr(svg),
      () => live && setQr(null),
    );
    return () => {
      live = false;
    };
  }, [shareUrl, plan.stops.length]);

  // On a phone the planner is a sheet over the site's panel: when a site is chosen (on the map, by search), step aside.
  const firstSelected = useRef(selectedId);
  const { setOpen } = api;
  useEffect(() => {
    if (selectedId === null || selectedId === firstSelected.current) return;
    if (window.matchMedia('(max-width: 760px)').matches) setOpen(false);
  }, [selectedId, setOpen]);

  // Keyboard reordering: focus follows the moved stop (to the other arrow when it reached an end).
  useEffect(() => {
    const p = pendingFocus.current;
    if (p === null) return;
    pendingFocus.current = null;
    const row = document.querySelector<HTMLElement>(`.planner__stop[data-site-id="${p.site}"]`);
    const want = row?.querySelector<HTMLButtonElement>(`button[data-move="${p.dir}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`button[data-move="${p.dir === 'up' ? 'down' : 'up'}"]`);
    (want && !want.disabled ? want : other)?.focus();
  }, [plan.stops]);

  const moveBy = (index: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? index - 1 : index + 1;
    const stop = plan.stops[index];
    if (stop === undefined || to < 0 || to >= plan.stops.length) return;
    pendingFocus.current = { site: stop.site, dir };
    api.move(index, to);
    setOptimised(null);
    setAnnounce(t('planner.moved', { name: name(stop.site), position: to + 1, count: plan.stops.length }));
  };

  const onStartChange = (value: string) => {
    if (value === 'my-location') {
      if (!('geolocation' in navigator)) {
        setLocated({ kind: 'error' });
        return;
      }
      setLocated({ kind: 'locating' });
      navigator.geolocation.getCurrentPosition(
        (pos) => {
          setLocated({ kind: 'idle' });
          const start: PlanStart = {
            kind: 'point',
            lon: Math.round(pos.coords.longitude * 1e5) / 1e5,
            lat: Math.round(pos.coords.latitude * 1e5) / 1e5,
          };
          api.setStart(start);
        },
        () => setLocated({ kind: 'error' }),
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
      );
      return;
    }
    const id = START_PRESET_IDS.find((p) => p === value);
    if (id !== undefined) api.setStart({ kind: 'preset', id });
  };

  const optimise = async () => {
    const before = timetable.totals.km;
    const next = await api.optimise();
    const after = buildTimetable(next, sites, { date }).totals.km;
    const same = next.stops.every((s, i) => s.site === plan.stops[i]?.site);
    setOptimised(same ? t('planner.optimiseSame') : t('planner.optimiseDone', { km: fmt.km(Math.max(0, before - after)) }));
  };

  const exportName = `${t('planner.fileName')}-${date}`;
  const itinerary = () => planItinerary(plan, sites, { vi: `Kế hoạch tham quan ${date}`, en: `Visit plan ${date}` });

  const startPrint = async () => {
    setPrint({ kind: 'preparing' });
    const m = map.current;
    let image: string | null = null;
    if (m !== null) {
      const data = planMapData(timetable, byId, { name: startName, position: startPosition(plan.start) }, lang, fmt);
      image = await captureMapImage(m, data.bounds);
    }
    setPrint({ kind: 'ready', image });
  };

  // Print once the handout is in the page (and its map image decoded); close it after printing.
  const printNow = () => {
    requestAnimationFrame(() => window.print());
  };
  useEffect(() => {
    if (print.kind !== 'ready') return;
    if (print.image === null) printNow();
    const done = () => setPrint({ kind: 'off' });
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [print]);

  const lunchOn = plan.lunch !== undefined;
  const stopRows = timetable.rows;

  return (
    <section
      id="planner"
      className="planner"
      aria-labelledby="planner-title"
      onKeyDown={(e) => {
        // Escape closes the planner (not while a select's list is open) and gives focus back to its header button.
        if (e.key !== 'Escape' || e.target instanceof HTMLSelectElement) return;
        e.stopPropagation();
        api.setOpen(false);
        requestAnimationFrame(() => document.querySelector<HTMLElement>('.planner-button')?.focus());
      }}
    >
      <header className="planner__head">
        <h2 id="planner-title" tabIndex={-1} ref={headingRef}>
          {t('planner.title')}
        </h2>
        <button type="button" className="icon-button" onClick={() => api.setOpen(false)} aria-label={t('planner.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="planner__tabs" role="group" aria-label={t('planner.tabsLabel')}>
        <button type="button" aria-pressed={api.tab === 'plan'} onClick={() => { api.setTab('plan'); api.setPreviewRoute(null); }}>
          {t('planner.tabPlan', { count: plan.stops.length })}
        </button>
        <button type="button" aria-pressed={api.tab === 'routes'} onClick={() => api.setTab('routes')}>
          {t('routes.tab')}
        </button>
      </div>
      <div className="planner__body">
        {api.notices.map((n) => (
          <div key={n.kind} className={`notice planner__notice planner__notice--${n.kind}`} role="status">
            <p>
              {n.kind === 'corrupt-storage' && t('planner.notice.corrupt')}
              {n.kind === 'bad-link' && t('planner.notice.badLink')}
              {n.kind === 'from-link' && t('planner.notice.fromLink')}
              {n.kind === 'replaced' && t('planner.notice.replaced')}
            </p>
            <div className="planner__notice-actions">
              {((n.kind === 'from-link' && n.canRestore) || n.kind === 'replaced') && (
                <button type="button" className="secondary-button" onClick={api.restorePrevious}>
                  {t('planner.notice.restore')}
                </button>
              )}
              <button type="button" className="link-button" onClick={() => api.dismiss(n.kind)}>
                {t('planner.notice.dismiss')}
              </button>
            </div>
          </div>
        ))}

        {api.tab === 'routes' ? (
          <RoutesPicker api={api} sites={sites} byId={byId} lang={lang} fmt={fmt} onSelectSite={onSelectSite} />
        ) : (
          <>
            <fieldset className="planner__settings">
              <legend className="visually-hidden">{t('planner.settings')}</legend>
              <label>
                {t('planner.start.label')}
                <select
                  value={plan.start.kind === 'preset' ? plan.start.id : 'my-location'}
                  onChange={(e) => onStartChange(e.target.value)}
                >
                  {START_PRESET_IDS.map((id) => (
                    <option key={id} value={id}>
                      {START_PRESETS[id].name[lang]}
                    </option>
                  ))}
                  <option value="my-location">{t('planner.start.myLocation')}</option>
                </select>
              </label>
              {located.kind === 'locating' && <p className="muted">{t('planner.start.locating')}</p>}
              {located.kind === 'error' && <p className="planner__error">{t('planner.start.error')}</p>}
              <div className="planner__row2">
                <label>
                  {t('planner.startTime')}
                  <input type="time" value={plan.startTime} onChange={(e) => api.setStartTime(e.target.value)} required />
                </label>
                <label>
                  {t('planner.date')}
                  <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
                </label>
              </div>
              <div className="planner__lunch">
                <label className="planner__check">
                  <input
                    type="checkbox"
                    checked={lunchOn}
                    disabled={plan.stops.length === 0}
                    onChange={(e) =>
                      api.setLunch(e.target.checked ? { afterStop: Math.min(1, Math.max(0, plan.stops.length - 1)), minutes: 60 } : null)
                    }
                  />
                  {t('planner.lunch')}
                </label>
                {plan.lunch !== undefined && (
                  <>
                    <label>
                      {t('planner.lunchAfter')}
                      <select
                        value={plan.lunch.afterStop}
                        onChange={(e) => plan.lunch && api.setLunch({ ...plan.lunch, afterStop: Number(e.target.value) })}
                      >
                        {plan.stops.map((s, i) => (
                          <option key={s.site} value={i}>
                            {i + 1}. {name(s.site)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label>
                      {t('planner.lunchMinutes')}
                      <input
                        type="number"
                        min={0}
                        max={240}
                        step={5}
                        value={plan.lunch.minutes}
                        onChange={(e) => {
                          const v = Number(e.target.value);
                          if (plan.lunch && Number.isInteger(v) && v >= 0 && v <= 240) api.setLunch({ ...plan.lunch, minutes: v });
                        }}
                      />
                    </label>
                  </>
                )}
              </div>
            </fieldset>

            {plan.stops.length === 0 ? (
              <p className="planner__empty">{t('planner.empty')}</p>
            ) : (
              <>
                <div className="planner__tools">
                  <button type="button" className="secondary-button" onClick={() => void optimise()} disabled={plan.stops.length < 2}>
                    {t('planner.optimise')}
                  </button>
                  {optimised !== null && (
                    <p className="planner__result" role="status">
                      {optimised}
                    </p>
                  )}
                </div>
                <p className="planner__departure">
                  <span className="planner__clock">{plan.startTime}</span> {t('print.depart', { place: startName })}
                </p>
                <ol className="planner__stops" aria-label={t('planner.stopsLabel')}>
                  {stopRows.filter((r): r is Extract<TimetableRow, { kind: 'stop' }> => r.kind === 'stop').map((row) => {
                    const i = row.index;
                    const stopName = name(row.stop.site);
                    const lunch = stopRows.find((r): r is Extract<TimetableRow, { kind: 'lunch' }> => r.kind === 'lunch' && r.afterStop === i);
                    return (
                      <li
                        key={row.stop.site}
                        className={`planner__stop${dragOver === i && dragFrom !== null && dragFrom !== i ? ' planner__stop--over' : ''}${
                          selectedId === row.stop.site ? ' planner__stop--selected' : ''
                        }`}
                        data-site-id={row.stop.site}
                        draggable
                        onDragStart={(e) => {
                          e.dataTransfer.effectAllowed = 'move';
                          e.dataTransfer.setData('text/plain', String(i));
                          setDragFrom(i);
                        }}
                        onDragOver={(e) => {
                          if (dragFrom === null) return;
                          e.preventDefault();
                          e.dataTransfer.dropEffect = 'move';
                          setDragOver(i);
                        }}
                        onDragLeave={() => setDragOver((o) => (o === i ? null : o))}
                        onDrop={(e) => {
                          e.preventDefault();
                          const from = Number(e.dataTransfer.getData('text/plain'));
                          if (Number.isInteger(from) && from !== i) {
                            api.move(from, i);
                            setOptimised(null);
                            setAnnounce(t('planner.moved', { name: name(plan.stops[from]?.site ?? ''), position: i + 1, count: plan.stops.length }));
                          }
                          setDragFrom(null);
                          setDragOver(null);
                        }}
                        onDragEnd={() => {
                          setDragFrom(null);
                          setDragOver(null);
                        }}
                      >
                        <p className="planner__leg">
                          <span aria-hidden="true">↓ </span>
                          {t('planner.legFrom')} {fmt.leg({ km: row.legKm, minutes: row.legMinutes, estimated: row.estimated })}
                        </p>
                        <div className="planner__stop-main">
                          <span className="planner__grip" aria-hidden="true" title={t('planner.dragHint')}>
                            ⠿
                          </span>
                          <span className="planner__num" aria-hidden="true">
                            {i + 1}
                          </span>
                          <div className="planner__stop-text">
                            <button type="button" className="planner__name" onClick={() => onSelectSite(row.stop.site)}>
                              <span className="visually-hidden">{i + 1}. </span>
                              {stopName}
                            </button>
                            <span className="planner__times">
                              {row.arrive}–{row.depart}
                            </span>
                          </div>
                          <div className="planner__move">
                            <button
                              type="button"
                              className="planner__icon"
                              data-move="up"
                              disabled={i === 0}
                              aria-label={t('planner.moveUp', { name: stopName })}
                              onClick={() => moveBy(i, 'up')}
                            >
                              <span aria-hidden="true">▲</span>
                            </button>
                            <button
                              type="button"
                              className="planner__icon"
                              data-move="down"
                              disabled={i === plan.stops.length - 1}
                              aria-label={t('planner.moveDown', { name: stopName })}
                              onClick={() => moveBy(i, 'down')}
                            >
                              <span aria-hidden="true">▼</span>
                            </button>
                            <button
                              type="button"
                              className="planner__icon planner__remove"
                              aria-label={t('planner.remove', { name: stopName })}
                              onClick={() => {
                                api.remove(i);
                                setAnnounce(t('planner.removed', { name: stopName }));
                              }}
                            >
                              <span aria-hidden="true">×</span>
                            </button>
                          </div>
                        </div>
                        <label className="planner__minutes">
                          {t('planner.minutesLabel')}
                          <input
                            type="number"
                            min={0}
                            max={600}
                            step={5}
                            value={row.stop.minutes}
                            aria-label={t('planner.minutesFor', { name: stopName })}
                            onChange={(e) => {
                              const v = Number(e.target.value);
                              if (Number.isInteger(v)) api.setMinutes(i, v);
                            }}
                          />
                        </label>
                        {lunch !== undefined && (
                          <p className="planner__lunch-row">
                            <span className="planner__clock">
                              {lunch.start}–{lunch.end}
                            </span>{' '}
                            {t('planner.lunchRow', { minutes: lunch.minutes })}
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ol>
                {stopRows.map((row) =>
                  row.kind === 'return' ? (
                    <div key="return" className="planner__return">
                      <p className="planner__leg">
                        <span aria-hidden="true">↓ </span>
                        {fmt.leg({ km: row.legKm, minutes: row.legMinutes, estimated: row.estimated })}
                      </p>
                      <p>
                        <span className="planner__clock">{row.arrive}</span> {t('planner.returnTo', { place: startName })}
                      </p>
                    </div>
                  ) : null,
                )}
                <p className="visually-hidden" aria-live="polite">
                  {announce}
                </p>

                <dl className="planner__totals">
                  <div>
                    <dt>{t('planner.totals.distance')}</dt>
                    <dd>
                      {fmt.km(timetable.totals.km)}
                      {timetable.totals.estimatedKm > 0 && <span className="planner__est"> ({t('planner.estimated')})</span>}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('planner.totals.travel')}</dt>
                    <dd>{fmt.duration(timetable.totals.travelMinutes)}</dd>
                  </div>
                  <div>
                    <dt>{t('planner.totals.visit')}</dt>
                    <dd>{fmt.duration(timetable.totals.visitMinutes)}</dd>
                  </div>
                  <div>
                    <dt>{t('planner.totals.day')}</dt>
                    <dd>
                      {fmt.duration(timetable.totals.dayMinutes)} ({timetable.totals.start}–{timetable.totals.end})
                    </dd>
                  </div>
                  {timetable.sunset !== null && (
                    <div>
                      <dt>{t('planner.totals.sunset')}</dt>
                      <dd>{timetable.sunset}</dd>
                    </div>
                  )}
                </dl>
                {timetable.totals.estimatedKm > 0 && <p className="planner__note">{t('planner.estimateNote')}</p>}
                {timetable.warnings.length > 0 && (
                  <ul className="planner__warnings" aria-label={t('planner.warningsLabel')}>
                    {timetable.warnings.map((w, k) => (
                      <li key={k}>
                        <WarningText warning={w} sites={byId} lang={lang} fmt={fmt} />
                      </li>
                    ))}
                  </ul>
                )}

                <section className="planner__share" aria-labelledby="planner-share">
                  <h3 id="planner-share">{t('planner.share.title')}</h3>
                  <div className="planner__share-row">
                    <input
                      className="planner__url"
                      readOnly
                      value={shareUrl}
                      aria-label={t('planner.share.link')}
                      onFocus={(e) => e.currentTarget.select()}
                    />
                    <button
                      type="button"
                      className="secondary-button"
                      onClick={() => {
                        void navigator.clipboard?.writeText(shareUrl).then(() => setCopied(true), () => setCopied(false));
                      }}
                    >
                      {copied ? t('planner.share.copied') : t('planner.share.copy')}
                    </button>
                  </div>
                  {qr !== null && (
                    <figure className="planner__qr">
                      <div className="planner__qr-code" role="img" aria-label={t('planner.share.qrLabel')} dangerouslySetInnerHTML={{ __html: qr }} />
                      <figcaption>{t('planner.share.qrHint')}</figcaption>
                    </figure>
                  )}
                </section>

                <section className="planner__export" aria-labelledby="planner-export">
                  <h3 id="planner-export">{t('planner.export.title')}</h3>
                  <div className="planner__buttons">
                    <button type="button" className="primary-button" onClick={() => void startPrint()} disabled={print.kind === 'preparing'}>
                      {print.kind === 'preparing' ? t('planner.export.preparing') : t('planner.export.print')}
                    </button>
                    <button
                      type="button"
                      className="secondary-button"
                      onClick={() => download(`${exportName}.gpx`, 'application/gpx+xml', itineraryToGpx(itinerary(), { lang }))}
                    >
                      {t('planner.export.gpx')}
                    </button>
                    <button
                      type="button"
                      className="secondary-button"
                      onClick={() =>
                        download(`${exportName}.geojson`, 'application/geo+json', JSON.stringify(itineraryToGeoJson(itinerary(), lang), null, 2))
                      }
                    >
                      {t('planner.export.geojson')}
                    </button>
                  </div>
                  <button type="button" className="link-button planner__clear" onClick={api.clear}>
                    {t('planner.clear')}
                  </button>
                </section>
              </>
            )}
          </>
        )}
      </div>
      {print.kind === 'ready' && (
        <Suspense fallback={null}>
          <PrintView
            plan={plan}
            timetable={timetable}
            sites={byId}
            lang={lang}
            startName={startName}
            date={date}
            fmt={fmt}
            mapImage={print.image}
            qrSvg={qr}
            shareUrl={shareUrl}
            onImageReady={printNow}
          />
        </Suspense>
      )}
    </section>
  );
}
