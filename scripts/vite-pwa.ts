import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/** 16 MB: the basemap archives (public/basemap/*.pmtiles) are precached whole, so the map works offline. */
export const MAX_PRECACHE_BYTES = 16 * 1024 * 1024;

/**
 * The offline PWA (issue 6): manifest + icons, and the service worker src/sw.ts (injectManifest) precaching the
 * app, the content (content/*.json, *.geojson, stories *.md), the fonts (woff2) and the basemap (*.pmtiles, if
 * `npm run basemap` made them). Registration is ours (src/shared/register-sw.ts), never in `vite dev`.
 */
export function pwaPlugin(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    injectRegister: false,
    registerType: 'prompt',
    devOptions: { enabled: false },
    includeAssets: [],
    manifest: {
      name: 'Bản đồ số Địa chỉ đỏ Thái Nguyên',
      short_name: 'Địa chỉ đỏ',
      description: 'Bản đồ các di tích cách mạng và địa chỉ đỏ của tỉnh Thái Nguyên, với Khu di tích ATK Định Hóa là trung tâm.',
      lang: 'vi',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: '#8b1a1a',
      background_color: '#fffaf2',
      categories: ['education', 'travel'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      // Photos: only each one's thumbnail (<name>.<hash>.thumb.webp, ≤ 480 px); larger copies are kept once viewed (src/sw-photos.ts).
      globPatterns: ['**/*.{html,js,mjs,css,woff2,json,geojson,md,png,svg,webmanifest,pmtiles}', 'content/images/**/*.thumb.webp'],
      // The config file is read fresh (network first); the bundles' .woff fallbacks are never used by browsers that run a SW;
      // the link-preview images (og/, ~5 MB) are for link crawlers, not for the app offline.
      globIgnores: ['kiosk-config.json', '**/*.woff', 'sw.js', 'og/**'],
      maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
      // A classic worker (dist/sw.js): every browser that has service workers runs it.
      rollupFormat: 'iife',
    },
  });
}
