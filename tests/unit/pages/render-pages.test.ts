import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderPages } from '../../../scripts/pages/render-pages.tsx';
import { stylesFirst } from '../../../scripts/pages/document.ts';
import { readDataFolder } from '../../../scripts/lib/read-data-folder.ts';
import { validateContent, type ValidContent } from '../../../src/domain/validate/validate-content.ts';
import { parseSitePagePath, publicSitePageUrl, PublishConfigSchema } from '../../../src/domain/publish/publish-config.ts';
import { appAddressOf } from '../../../src/app/prerendered.ts';

const repo = join(import.meta.dirname, '../../..');
const template = readFileSync(join(repo, 'index.html'), 'utf8');
const { content, problems } = validateContent(readDataFolder(repo));
const BASE = 'https://diachido.example.vn/ban-do/';

const parse = (html: string) => new JSDOM(html).window.document;

describe('pre-rendered site pages', () => {
  const files = renderPages({ template, content, publicBaseUrl: BASE });

  it('exist for every site in both languages, with the name as the only h1, in the right language', () => {
    expect(problems).toEqual([]);
    for (const site of content.sites) {
      for (const [lang, path] of [['vi', `dia-diem/${site.id}/index.html`], ['en', `en/sites/${site.id}/index.html`]] as const) {
        const html = files.get(path);
        expect(html, path).toBeDefined();
        const doc = parse(html ?? '');
        expect(doc.documentElement.lang, path).toBe(lang);
        const h1s = [...doc.querySelectorAll('h1')].map((h) => h.textContent);
        expect(h1s, path).toEqual([site.properties.name[lang]]);
        expect(doc.querySelector('base')?.getAttribute('href'), path).toBe(lang === 'vi' ? '../../' : '../../../');
        // Readable without the app: summary, location confidence, sources as links, a link to the map.
        const text = doc.getElementById('prerendered')?.textContent ?? '';
        expect(text, path).toContain(site.properties.summary[lang]);
        expect(text, path).toContain(site.properties.location.note[lang]);
        const hrefs = new Set([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))); // (jsdom's selectors mishandle "&")
        for (const s of site.properties.sources) expect(hrefs.has(s.url), `${path} ${s.url}`).toBe(true);
        expect(hrefs.has(`./?site=${site.id}${lang === 'en' ? '&lang=en' : ''}`), path).toBe(true);
        expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(publicSitePageUrl(BASE, site.id, lang));
        expect(doc.querySelector('link[hreflang=vi]')?.getAttribute('href')).toBe(`${BASE}dia-diem/${site.id}/`);
        expect(doc.querySelector('link[hreflang=en]')?.getAttribute('href')).toBe(`${BASE}en/sites/${site.id}/`);
        expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain(site.properties.name[lang]);
        expect(doc.title).toContain(site.properties.name[lang]);
        // The favicon (public/favicon.svg), from the template (the build writes it ./favicon.svg, under <base>).
        expect(doc.querySelector('link[rel=icon][type="image/svg+xml"]')?.getAttribute('href'), path).toMatch(/^\.?\/favicon\.svg$/);
      }
    }
  });

  it('have a favicon that is an SVG image', () => {
    const svg = readFileSync(join(repo, 'public/favicon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(template).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />');
  });

  it('carry the whole story, sanitised, when there is one', () => {
    const story = content.stories.find((s) => s.siteId === 'tin-keo' && s.lang === 'vi');
    expect(story).toBeDefined();
    const doc = parse(files.get('dia-diem/tin-keo/index.html') ?? '');
    const body = doc.querySelector('.site-story__body')?.textContent ?? '';
    const firstSentence = (story?.body ?? '').split('\n').find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
    expect(body.replace(/\s+/g, ' ')).toContain(firstSentence.replace(/[*_[\]]/g, '').replace(/\(https?:[^)]*\)/g, '').slice(0, 40));
  });

  it('give JSON-LD geo only for positions from a source or approximate, never for a commune centroid', () => {
    let withGeo = 0;
    for (const site of content.sites) {
      const doc = parse(files.get(`dia-diem/${site.id}/index.html`) ?? '');
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null') as { '@type': string[]; geo?: unknown; url: string };
      expect(ld['@type']).toContain('LandmarksOrHistoricalBuildings');
      expect(ld.url).toBe(`${BASE}dia-diem/${site.id}/`);
      const c = site.properties.location.confidence;
      if (c === 'source' || c === 'approximate') {
        expect(ld.geo, site.id).toBeDefined();
        withGeo++;
      } else expect(ld.geo, site.id).toBeUndefined();
    }
    expect(withGeo).toBeGreaterThan(0);
    expect(content.sites.some((s) => s.properties.location.confidence === 'commune-centroid' || s.properties.location.confidence === 'none')).toBe(true);
  });

  it('list every site page in the sitemap with both alternates, and point robots.txt at it', () => {
    const xml = files.get('sitemap.xml') ?? '';
    const doc = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
    const locs = [...doc.getElementsByTagName('loc')].map((l) => l.textContent);
    for (const s of content.sites) {
      expect(locs).toContain(`${BASE}dia-diem/${s.id}/`);
      expect(locs).toContain(`${BASE}en/sites/${s.id}/`);
    }
    expect(doc.getElementsByTagName('url')).toHaveLength(1 + 2 * content.sites.length);
    expect(doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')).toHaveLength(2 * (1 + 2 * content.sites.length));
    expect(files.get('robots.txt')).toContain(`Sitemap: ${BASE}sitemap.xml`);
  });

  it('put the site list in the home page and a real 404 page without the app', () => {
    const home = parse(files.get('index.html') ?? '');
    expect(home.querySelectorAll('#prerendered .static-home .sites-list li a.site-item[href^="dia-diem/"]')).toHaveLength(content.sites.length);
    // The app's first screen, drawn with its classes; its controls inert until the app runs.
    expect(home.querySelector('#prerendered .app-header .app-header__tools')?.hasAttribute('inert')).toBe(true);
    expect(home.querySelector('#prerendered .view-tabs')?.hasAttribute('inert')).toBe(true);
    // The first paint waits for the element after the header bar and the tabs, so both are whole in it.
    const after = home.querySelector('link[rel=expect][blocking=render]')?.getAttribute('href') ?? '';
    const awaited = home.querySelector(`#prerendered ${after}`);
    expect(awaited?.tagName).toBe('MAIN');
    expect(awaited?.previousElementSibling?.matches('.view-tabs')).toBe(true);
    expect(awaited?.parentElement?.querySelector(':scope > .app-header')).not.toBeNull();
    // In a built page, the stylesheet (what the first paint waits for) is requested before the scripts.
    const built = '<head>\n    <script type="module" crossorigin src="./assets/index-a.js"></script>\n    <link rel="modulepreload" crossorigin href="./assets/react-b.js">\n    <link rel="stylesheet" crossorigin href="./assets/index-c.css">\n  </head>';
    const ordered = stylesFirst(built);
    expect(ordered.indexOf('index-c.css')).toBeLessThan(ordered.indexOf('index-a.js'));
    expect(ordered.match(/stylesheet/g)).toHaveLength(1);
    expect(stylesFirst(ordered)).toBe(ordered);
    expect(home.querySelector('script[type=module]')).not.toBeNull();
    const nf = parse(files.get('404.html') ?? '');
    expect(nf.querySelector('h1')?.textContent).toContain('Không tìm thấy trang');
    expect(nf.querySelector('a[href="./"]')).not.toBeNull();
    expect(nf.querySelector('base')?.getAttribute('href')).toBe('/ban-do/');
    expect(nf.querySelector('script[type=module]')).toBeNull();
    expect(nf.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    expect(nf.querySelector('link[rel=expect]')).toBeNull();
  });

  it('without a public base URL: no canonical, no absolute previews, no sitemap', () => {
    const bare = renderPages({ template, content, publicBaseUrl: null });
    const doc = parse(bare.get('dia-diem/tin-keo/index.html') ?? '');
    expect(doc.querySelector('link[rel=canonical]')).toBeNull();
    expect(doc.querySelector('meta[property="og:url"]')).toBeNull();
    expect(bare.has('sitemap.xml')).toBe(false);
    expect(bare.get('robots.txt')).not.toContain('Sitemap');
  });
});

describe('hostile content in the pre-rendered pages', () => {
  const PAYLOADS = readFileSync(join(repo, 'tests/fixtures/xss/payloads.txt'), 'utf8').split('\n').filter((l) => l.length > 0);

  it('stays inert text: no script, handler, frame or javascript: link comes out of any field or story', () => {
    let i = 0;
    const next = () => PAYLOADS[i++ % PAYLOADS.length] as string;
    const hostile: ValidContent = structuredClone(content);
    for (const s of hostile.sites) {
      const p = s.properties;
      p.name = { vi: `${next()} ${p.name.vi}`, en: `${next()} ${p.name.en}` };
      p.summary = { vi: next(), en: next() };
      p.aliases = [...p.aliases, next()];
      for (const d of p.dates) d.event = { vi: next(), en: next() };
      p.location.note = { vi: next(), en: next() };
      p.place.communeAfter2025 = next();
      for (const src of p.sources) src.title = next();
    }
    // Stories: every payload in a Markdown body (the validator would reject raw HTML; the renderer must hold anyway).
    hostile.stories = hostile.stories.map((st) => ({ ...st, frontMatter: { ...st.frontMatter, title: next() }, body: `${next()}\n\n${next()}\n\n[x](javascript:alert(1))` }));
    const files = renderPages({ template, content: hostile, publicBaseUrl: BASE });
    expect(i).toBeGreaterThan(PAYLOADS.length);
    const bad: string[] = [];
    for (const [name, html] of files) {
      if (!name.endsWith('.html')) continue;
      const doc = parse(html);
      const scripts = [...doc.querySelectorAll('script')];
      for (const sc of scripts) {
        const type = sc.getAttribute('type');
        if (type === 'application/ld+json') JSON.parse(sc.textContent ?? '');
        else if (!(type === 'module' && sc.getAttribute('src') === '/src/main.tsx')) bad.push(`${name}: <script ${type ?? ''}>`);
      }
      for (const el of doc.querySelectorAll('iframe, object, embed, img, math, style, form, image')) bad.push(`${name}: <${el.tagName}>`);
      for (const el of doc.querySelectorAll('*')) {
        for (const a of el.getAttributeNames()) {
          if (/^on/i.test(a)) bad.push(`${name}: ${el.tagName} ${a}`);
          const v = (el.getAttribute(a) ?? '').trim();
          if (['href', 'src', 'xlink:href', 'action'].includes(a) && /^(javascript|data|vbscript):/i.test(v)) bad.push(`${name}: ${el.tagName} ${a}=${v}`);
        }
      }
      for (const svg of doc.querySelectorAll('svg')) if (!svg.classList.contains('category-icon') && !svg.classList.contains('planner-button__icon')) bad.push(`${name}: a foreign <svg>`);
      if (doc.querySelectorAll('base').length !== 1) bad.push(`${name}: ${doc.querySelectorAll('base').length} <base>`);
    }
    expect(bad).toEqual([]);
    // Renders and parses every page of the corpus-filled content: seconds on a loaded machine.
  }, 60_000);
});

describe('public base URL and page paths', () => {
  it('parses the config: null, an address (one trailing slash), and refuses others with the field', () => {
    expect(PublishConfigSchema.parse({ publicBaseUrl: null }).publicBaseUrl).toBeNull();
    expect(PublishConfigSchema.parse({ publicBaseUrl: 'https://x.vn/ban-do' }).publicBaseUrl).toBe('https://x.vn/ban-do/');
    for (const bad of ['javascript:alert(1)', 'ftp://x.vn/', 'https://x.vn/?a=1', 'nope']) {
      expect(PublishConfigSchema.safeParse({ publicBaseUrl: bad }).success, bad).toBe(false);
    }
  });

  it('reads a site page path back, and turns it into the app address', () => {
    expect(parseSitePagePath('/ban-do/dia-diem/tin-keo/')).toEqual({ id: 'tin-keo', lang: 'vi' });
    expect(parseSitePagePath('/en/sites/tin-keo/index.html')).toEqual({ id: 'tin-keo', lang: 'en' });
    expect(parseSitePagePath('/dia-diem/Tin_Keo/')).toBeNull();
    expect(parseSitePagePath('/')).toBeNull();
    expect(appAddressOf('http://h/ban-do/en/sites/tin-keo/?from=qr', 'http://h/ban-do/')).toBe('/ban-do/?from=qr&site=tin-keo&lang=en');
    expect(appAddressOf('http://h/ban-do/?site=x', 'http://h/ban-do/')).toBeNull();
    expect(publicSitePageUrl(BASE, 'tin-keo', 'vi', '?from=qr')).toBe(`${BASE}dia-diem/tin-keo/?from=qr`);
  });
});
