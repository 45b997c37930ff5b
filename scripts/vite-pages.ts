import type { OutputAsset } from 'rolldown';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { validateContent } from '../src/domain/validate/validate-content.ts';
import { readDataFolder } from './lib/read-data-folder.ts';
import { missingBaseUrlMessage, readPublishConfig } from './lib/publish-config.ts';

/**
 * Issue 16: the public base URL reaches the app as `__PUBLIC_BASE_URL__` (the kiosk's QR hand-off), and every
 * build writes the pre-rendered pages (dia-diem/<id>/, en/sites/<id>/), the home page's site list, 404.html,
 * robots.txt and, with a public base URL, sitemap.xml, from the same validated content as the app, and the sites'
 * link-preview images (og/, referenced by og:image only with a public base URL). They are
 * emitted before the service worker's precache list is made, so they work offline too.
 */
export function pagesPlugin(root: string): Plugin {
  const config = readPublishConfig(root);
  return {
    name: 'red-address-pages',
    enforce: 'post',
    config: () => ({ define: { __PUBLIC_BASE_URL__: JSON.stringify(config.publicBaseUrl) } }),
    buildStart() {
      if (config.publicBaseUrl === null) this.warn(missingBaseUrlMessage());
    },
    // `vite preview` (npm start, the browser tests) answers an unknown site page with the real 404 page, as nginx
    // does (docs/deploy.md), instead of the SPA fallback.
    configurePreviewServer(server) {
      const dist = join(root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (!/\/(?:dia-diem|en\/sites)\//.test(path) || path.includes('..')) return next();
        const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
        if (existsSync(file) || !existsSync(join(dist, '404.html'))) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(join(dist, '404.html')));
      });
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'] as OutputAsset | undefined;
      if (!index) return; // not an app build (e.g. a library entry)
      const { content, problems } = validateContent(readDataFolder(root));
      if (problems.length > 0) return; // the content plugin has already failed the build with every problem
      // The renderer (React server rendering, jsdom for the sanitiser) loads only when a build needs it, through tsx
      // rather than Vite's config bundler (which would pull the app's locale JSON into every config load).
      const { tsImport } = await import('tsx/esm/api');
      const { renderPages } = (await tsImport('./pages/render-pages.tsx', import.meta.url)) as typeof import('./pages/render-pages.tsx');
      // The link-preview images (og/<id>.png, og/en/<id>.png), cached by the hash of what they show.
      const started = performance.now();
      const { renderOgImages } = (await tsImport('./print/og-image.tsx', import.meta.url)) as typeof import('./print/og-image.tsx');
      const og = await renderOgImages(root, content.sites, join(root, 'node_modules', '.cache', 'og-images'));
      for (const [fileName, source] of og.files) this.emitFile({ type: 'asset', fileName, source });
      console.log(`og images: ${og.files.size} (${og.rendered} rendered, ${og.cached} from cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const ogImages = new Set(content.sites.map((s) => s.id));
      const files = renderPages({ template: String(index.source), content, publicBaseUrl: config.publicBaseUrl, ogImages });
      for (const [fileName, source] of files) {
        if (fileName === 'index.html') index.source = source;
        else this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
