import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { contentPlugin } from './scripts/vite-content-plugin.ts';
import { cspPlugin } from './scripts/vite-csp.ts'; // CSP meta removed in dev only (issue 7)
import { pwaPlugin } from './scripts/vite-pwa.ts'; // offline PWA (issue 6)
import { pagesPlugin } from './scripts/vite-pages.ts'; // pre-rendered site pages, public base URL (issue 16)
import { readBuildInfo } from './scripts/basemap/build-info.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  base: './',
  plugins: [react(), contentPlugin(root), cspPlugin(), pwaPlugin() /* offline PWA (issue 6) */, pagesPlugin(root)],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1' },
  // What the embedded basemap was built from (npm run build makes it first): the map's attribution words follow it.
  define: { 'import.meta.env.VITE_BASEMAP_MODE': JSON.stringify(readBuildInfo()?.mode ?? '') },
});
