// Label fonts: Be Vietnam Pro from @fontsource, served by Vite with the app, so labels need no glyph server.
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import vi400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import latinExt400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-400-normal.woff2?url';
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import vi600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2?url';
import latinExt600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-600-normal.woff2?url';
import latin600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2?url';
import { fontFaces, type FontFiles } from './font-faces.ts';

/** Absolute URLs: MapLibre loads the fonts where a relative URL would not resolve against the page. */
function absolute(url: string): string {
  return typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
}

const files = (vietnamese: string, latinExt: string, latin: string): FontFiles => ({
  vietnamese: absolute(vietnamese),
  latinExt: absolute(latinExt),
  latin: absolute(latin),
});

export function beVietnamProFaces(): FontFacesSpecification {
  return fontFaces(files(vi400, latinExt400, latin400), files(vi600, latinExt600, latin600));
}
