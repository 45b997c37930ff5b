import type { StyleSpecification } from 'maplibre-gl';
import vi400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-400-normal.woff2?url';

export const SITE_FONT = 'Be Vietnam Pro Regular';

const abs = (u: string) => new URL(u, document.baseURI).href;

/** A plain background style with the Vietnamese font, used until the embedded basemap is wired in. */
export function provisionalStyle(): StyleSpecification {
  return {
    version: 8,
    'font-faces': {
      [SITE_FONT]: [
        { url: abs(vi400), 'unicode-range': ['U+0102-0103', 'U+0110-0111', 'U+0128-0129', 'U+0168-0169', 'U+01A0-01A1', 'U+01AF-01B0', 'U+0300-0301', 'U+0303-0304', 'U+0308-0309', 'U+0323', 'U+0329', 'U+1EA0-1EF9', 'U+20AB'] },
        { url: abs(latinExt400), 'unicode-range': ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+0304', 'U+0308', 'U+0329', 'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'] },
        { url: abs(latin400) },
      ],
    },
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f3efe6' } }],
  };
}
