import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { Plan } from '../../domain/plan/plan.ts';
import type { Timetable } from '../../domain/plan/timetable.ts';
import { legText, type Formatters } from './plan-view.ts';
import { WarningText } from './WarningText.tsx';
import { formatPartialDate, weekdayOf } from '../../domain/format-date.ts';
import { groupWarnings } from '../../domain/plan/warning-groups.ts';
import './print.css';

interface Props {
  plan: Plan;
  timetable: Timetable;
  sites: ReadonlyMap<string, SiteFeature>;
  lang: Lang;
  startName: string;
  date: string;
  fmt: Formatters;
  /** PNG data URL of the map, or null (no WebGL): the sheet says so. */
  mapImage: string | null;
  qrSvg: string | null;
  shareUrl: string;
  onImageReady?: () => void;
}

/**
 * The A4 handout: map, ordered stops with times and distances, each site's summary and how sure its position is,
 * warnings, and a QR code of the plan's link. Rendered outside the app root; print.css shows only this on paper.
 */
export function PrintView({ plan, timetable, sites, lang, startName, date, fmt, mapImage, qrSvg, shareUrl, onImageReady }: Props) {
  const { t } = useTranslation();
  // One date form across the app ("10/5/2025" / "10 May 2025"), with its weekday: "Thứ Bảy, ngày 10/5/2025".
  const weekday = weekdayOf(date, lang);
  const dateText = weekday !== undefined ? t('print.date', { weekday, date: formatPartialDate(date, lang) }) : date;
  const tt = timetable;
  return createPortal(
    <div className="print-view" lang={lang}>
      <header className="print-view__head">
        <div>
          <p className="print-view__brand">{t('app.title')}</p>
          <h1>{t('print.title')}</h1>
          <p>
            {dateText} · {t('print.startAt', { place: startName, time: plan.startTime })}
          </p>
        </div>
        {qrSvg !== null && (
          <figure className="print-view__qr">
            <div className="print-view__qr-code" dangerouslySetInnerHTML={{ __html: qrSvg }} />
            <figcaption>{t('print.scan')}</figcaption>
          </figure>
        )}
      </header>
      {mapImage !== null ? (
        <img className="print-view__map" src={mapImage} alt={t('print.mapAlt')} onLoad={onImageReady} />
      ) : (
        <p className="print-view__nomap">{t('print.noMap')}</p>
      )}
      <p className="print-view__totals">
        {t(tt.totals.unknownLegs > 0 ? 'planner.totals.summaryAtLeast' : 'planner.totals.summary', {
          km: fmt.km(tt.totals.km),
          travel: fmt.duration(tt.totals.travelMinutes),
          visit: fmt.duration(tt.totals.visitMinutes),
          end: tt.totals.end,
          day: fmt.duration(tt.totals.dayMinutes),
        })}
        {tt.totals.estimatedKm > 0 && ` ${t('planner.totals.estimatedPart', { km: fmt.km(tt.totals.estimatedKm) })}`}
        {tt.totals.unknownLegs > 0 && ` ${t('planner.totals.unknownLegs', { unknown: tt.totals.unknownLegs, legs: tt.totals.legs })}`}
      </p>
      {tt.warnings.length > 0 && (
        <ul className="print-view__warnings">
          {groupWarnings(tt.warnings).map((g, i) => (
            <li key={i}>
              <WarningText group={g} sites={sites} lang={lang} fmt={fmt} />
            </li>
          ))}
        </ul>
      )}
      <table className="print-view__table">
        <thead>
          <tr>
            <th scope="col">{t('print.col.order')}</th>
            <th scope="col">{t('print.col.time')}</th>
            <th scope="col">{t('print.col.place')}</th>
            <th scope="col">{t('print.col.leg')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="print-view__start">
            <td>–</td>
            <td>{plan.startTime}</td>
            <td>
              <strong>{t('print.depart', { place: startName })}</strong>
            </td>
            <td />
          </tr>
          {tt.rows.map((row) => {
            if (row.kind === 'lunch') {
              return (
                <tr key={`lunch-${row.afterStop}`} className="print-view__lunch">
                  <td>–</td>
                  <td>
                    {row.start}–{row.end}
                  </td>
                  <td>{t('planner.lunchRow', { minutes: row.minutes })}</td>
                  <td />
                </tr>
              );
            }
            if (row.kind === 'return') {
              return (
                <tr key="return" className="print-view__return">
                  <td>–</td>
                  <td>{row.arrive}</td>
                  <td>
                    <strong>{t('planner.returnTo', { place: startName })}</strong>
                  </td>
                  <td>{fmt.leg(legText(row))}</td>
                </tr>
              );
            }
            const site = sites.get(row.stop.site);
            const p = site?.properties;
            return (
              <tr key={row.stop.site}>
                <td className="print-view__num">{row.index + 1}</td>
                <td>
                  {row.arrive}–{row.depart}
                  <br />
                  <span className="print-view__muted">{t('planner.visitFor', { minutes: row.stop.minutes })}</span>
                </td>
                <td>
                  <strong>{p?.name[lang] ?? row.stop.site}</strong>
                  {p !== undefined && (
                    <>
                      <span className="print-view__muted">
                        {' '}
                        · {p.place.commune}, {p.place.district}
                      </span>
                      <p className="print-view__summary">{p.summary[lang]}</p>
                      <p className="print-view__confidence">
                        {t('panel.location')}: {t(`confidence.${p.location.confidence}`)}
                      </p>
                    </>
                  )}
                </td>
                <td>{fmt.leg(legText(row))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <footer className="print-view__foot">
        <p>{t('print.estimateNote')}</p>
        <p className="print-view__url">{shareUrl}</p>
      </footer>
    </div>,
    document.body,
  );
}
