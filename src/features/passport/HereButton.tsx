import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import { geolocationErrorKind } from '../../domain/explore/near-me.ts';

type State = { kind: 'idle' } | { kind: 'locating' } | { kind: 'said'; text: string; ok: boolean };

function distanceText(metres: number, lang: Lang): string {
  const fmt = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: metres < 1000 ? 0 : 1 });
  return metres < 1000 ? `${fmt.format(Math.round(metres / 10) * 10)} m` : `${fmt.format(metres / 1000)} km`;
}

/**
 * "Tôi đang ở đây" / "I am here" in a site's panel: the position is asked only on this tap, compared with the site's
 * map point (a radius that grows with the point's uncertainty) and, when close enough, the site is stamped in the
 * passport. The position is used once and kept nowhere.
 */
export function HereButton({ site, lang }: { site: SiteFeature; lang: Lang }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const name = (site.properties.shortName ?? site.properties.name)[lang];
  const point = site.geometry;
  if (point === null) return null;

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setState({ kind: 'said', text: t(geolocationErrorKind(0)), ok: false });
      return;
    }
    setState({ kind: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        void Promise.all([import('../../domain/passport/visit-radius.ts'), import('../../domain/passport/passport-store.ts')]).then(([radius, store]) => {
          const [lon, lat] = point.coordinates;
          const check = radius.checkHere({ lon, lat }, site.properties.location.confidence, {
            lon: pos.coords.longitude,
            lat: pos.coords.latitude,
            accuracy: pos.coords.accuracy,
          });
          if (!check.ok) {
            const text =
              check.reason === 'too-far' && check.metres !== undefined && check.radius !== undefined
                ? t('passport.hereFar', { distance: distanceText(check.metres, lang), radius: distanceText(check.radius, lang) })
                : t('passport.hereNoPoint');
            setState({ kind: 'said', text, ok: false });
            return;
          }
          const had = store.readPassport().passport.stamps[site.id] !== undefined;
          store.addStamp(site.id, 'here');
          setState({ kind: 'said', text: had ? t('passport.hereAlready') : t('passport.hereStamped', { name }), ok: true });
        });
      },
      (err) => setState({ kind: 'said', text: err.code === 1 ? t('passport.hereDenied') : t(geolocationErrorKind(err.code)), ok: false }),
      // maximumAge 0: the student has just walked up to the place; a position cached from before would say they are not there.
      { enableHighAccuracy: true, timeout: 20000, maximumAge: 0 },
    );
  };

  return (
    <>
      <button type="button" className="secondary-button here-button" onClick={locate} disabled={state.kind === 'locating'}>
        {/* A drawn pin: an emoji is a blank box where no emoji font is installed (Debian kiosks, headless Chromium). */}
        <svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" style={{ marginRight: 6, verticalAlign: '-2px' }}>
          <path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z" />
        </svg>
        {t('passport.here')}
      </button>
      {state.kind !== 'idle' && (
        <p className={state.kind === 'said' && !state.ok ? 'notice here-button__note' : 'here-button__note'} role="status">
          {state.kind === 'locating' ? t('passport.locating') : state.text}
        </p>
      )}
    </>
  );
}
