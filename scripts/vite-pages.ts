import type { OutputAsset, OutputBundle } from 'rolldown';
import { PhotoIndexSchema, type PhotoIndex } from '../src/domain/media/photos.ts';
import type { OgPhoto } from './print/og-image.tsx';
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
/** content/images.json as the content plugin emitted it in this build (it runs first): the photos the pages show. */
export function photoIndexOf(bundle: OutputBundle): PhotoIndex {
  const asset = bundle['content/images.json'];
  if (!asset || asset.type !== 'asset') return {};
  return PhotoIndexSchema.parse(JSON.parse(typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)));
}

/** Each site's first photo for its preview image: the widest built WebP copy up to 1600 px, from this build's files. */
export function ogPhotos(bundle: OutputBundle, index: PhotoIndex): Map<string, OgPhoto> {
  const out = new Map<string, OgPhoto>();
  for (const [siteId, list] of Object.entries(index)) {
    const first = list[0];
    const copy = first?.webp[first.webp.length - 1];
    const asset = copy ? bundle[copy.src] : undefined;
    if (!first || !asset || asset.type !== 'asset') continue;
    out.set(siteId, { bytes: typeof asset.source === 'string' ? new TextEncoder().encode(asset.source) : asset.source, credit: first.credit, licence: first.licence });
  }
  return out;
}

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
      const photos = photoIndexOf(bundle);
      const og = await renderOgImages(root, content.sites, join(root, 'node_modules', '.cache', 'og-images'), { photos: ogPhotos(bundle, photos) });
      for (const [fileName, source] of og.files) this.emitFile({ type: 'asset', fileName, source });
      console.log(`og images: ${og.files.size} (${og.rendered} rendered, ${og.cached} from cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const files = renderPages({ template: String(index.source), content, publicBaseUrl: config.publicBaseUrl, ogImages: og.formats, photos });
      for (const [fileName, source] of files) {
        if (fileName === 'index.html') index.source = source;
        else this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
