import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Browser, type OpenedPage, type PageOptions } from './helper.ts';
import { appUrl, openApp, panelSiteId, waitForMap } from './driver.ts';
import { cspViolations, recordCspViolations } from './quality-driver.ts';
import { validateSites } from '../../src/domain/validate/validate-sites.ts';
import { parseStory } from '../../src/domain/schema/story.ts';
import sitesRaw from '../../data/sites.geojson?raw';
import storyRaw from '../../data/stories/tin-keo.vi.md?raw';

/**
 * Everything an editor might paste, through the real rendering path of the built app: names, summaries, aliases,
 * events and notes (React text), source titles (links), story front matter, story Markdown (marked + DOMPurify).
 * Tripwires: no dialog, no `window.__xss`, no request outside localhost, no CSP report needed to stop anything.
 */

const PAYLOADS = readFileSync(join(import.meta.dirname, '../fixtures/xss/payloads.txt'), 'utf8').split('\n').filter((l) => l.length > 0);
const repo = join(import.meta.dirname, '../..');

interface RawFeature {
  id: string;
  properties: {
    name: { vi: string; en: string };
    summary: { vi: string; en: string };
    aliases: string[];
    dates: Array<{ event: { vi: string; en: string } }>;
    location: { note?: { vi: string; en: string } };
    sources: Array<{ title: string; url: string }>;
  };
}

/** The real sites with a payload in every free-text field, payloads assigned round-robin so each is used. */
function hostileSites(): { text: string; names: Map<string, string> } {
  const fc = JSON.parse(sitesRaw) as { features: RawFeature[] };
  let i = 0;
  const next = () => PAYLOADS[i++ % PAYLOADS.length] as string;
  const names = new Map<string, string>();
  for (const f of fc.features) {
    const p = f.properties;
    p.name = { vi: `${next()} ${p.name.vi}`, en: `${next()} ${p.name.en}` };
    names.set(f.id, p.name.vi);
    p.summary = { vi: next(), en: next() };
    p.aliases = [...p.aliases, next(), next()];
    for (const d of p.dates) d.event = { vi: next(), en: next() };
    if (p.location.note) p.location.note = { vi: next(), en: next() };
    for (const s of p.sources) s.title = next();
  }
  return { text: JSON.stringify(fc), names };
}

const yaml = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML scalar

function story(title: string, sourceTitles: string[], body: string): string {
  const sources = sourceTitles.map((t) => `  - title: ${yaml(t)}\n    url: "https://atkthainguyen.org.vn/"`).join('\n');
  return `---\ntitle: ${yaml(title)}\nupdated: 2026-11-28\nsources:\n${sources}\n---\n\n${body}\n`;
}

/** Payloads the story validator lets through (no raw HTML tag): they reach marked + DOMPurify. */
const MARKDOWN_SAFE = PAYLOADS.filter((p) => parseStory(story('t', ['s'], p), 'tin-keo.vi.md').ok);
const REJECTED = PAYLOADS.filter((p) => !MARKDOWN_SAFE.includes(p));

const renderChunk = readdirSync(join(repo, 'dist/assets')).find((f) => /^render-markdown-.*\.js$/.test(f));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Tripwires {
  opened: OpenedPage;
  dialogs: string[];
}

async function open(opts: PageOptions, routes: Record<string, string>): Promise<Tripwires> {
  const opened = await openPage(browser, opts);
  await recordCspViolations(opened.context);
  const dialogs: string[] = [];
  opened.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const [path, body] of Object.entries(routes)) {
    await opened.page.route(`**/${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body }));
  }
  return { opened, dialogs };
}

async function expectNothingRan({ opened, dialogs }: Tripwires, csp: boolean): Promise<void> {
  const { page, outsideRequests } = opened;
  // Give anything planted its chance to run, on facts: every image has loaded or failed, so its onload/onerror
  // would have fired, then two frames, for the events queued behind them (ontoggle, onanimationstart).
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  expect(dialogs, 'a dialog opened').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), 'window.__xss was set').toBeUndefined();
  expect(outsideRequests, 'a request left localhost').toEqual([]);
  if (csp) expect(await cspViolations(page), 'the CSP had to block something').toEqual([]);
}

describe.each([
  { label: 'under the CSP', csp: true },
  { label: 'with the CSP bypassed (the sanitiser and React alone)', csp: false },
])('hostile content, $label', ({ csp }) => {
  const opts: PageOptions = csp ? {} : { bypassCSP: true };

  it(`has at least 50 payloads (${PAYLOADS.length}; ${MARKDOWN_SAFE.length} pass the story validator, ${REJECTED.length} are rejected as raw HTML)`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(MARKDOWN_SAFE.length).toBeGreaterThan(10);
    expect(renderChunk, 'dist/assets/render-markdown-*.js (run the build)').toBeDefined();
  });

  it('every payload through the built renderMarkdown, inserted into the page as the story view does', async () => {
    const t = await open(opts, {});
    await openApp(t.opened.page);
    // The built module itself, loaded as the app loads it (a string, so the test runner does not rewrite import()).
    await t.opened.page.evaluate(
      `import(new URL('assets/${renderChunk ?? ''}', document.baseURI).href).then((m) => { window.__renderMarkdown = m.renderMarkdown; })`,
    );
    const report = await t.opened.page.evaluate(
      ({ payloads }) => {
        const mod = { renderMarkdown: (window as unknown as { __renderMarkdown: (md: string) => string }).__renderMarkdown };
        const host = document.createElement('div');
        host.className = 'site-story__body';
        document.body.append(host);
        const bad: string[] = [];
        for (const p of payloads) {
          for (const md of [p, `Text before.\n\n${p}\n\nText after with [a link](https://example.org/).`]) {
            host.innerHTML = mod.renderMarkdown(md);
            for (const el of host.querySelectorAll('*')) {
              for (const a of el.getAttributeNames()) {
                const v = el.getAttribute(a) ?? '';
                if (/^on/i.test(a)) bad.push(`${p} → ${el.tagName} ${a}`);
                if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(a) && !/^(https?:|mailto:|#)/i.test(v.trim())) bad.push(`${p} → ${el.tagName} ${a}=${v}`);
              }
              if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'IMG', 'STYLE', 'LINK', 'META', 'BASE', 'FORM'].includes(el.tagName.toUpperCase())) bad.push(`${p} → <${el.tagName}>`);
              if (el.tagName === 'A' && el.getAttribute('rel') !== 'noopener noreferrer') bad.push(`${p} → <a> without rel`);
            }
          }
        }
        host.remove();
        return bad;
      },
      { payloads: PAYLOADS },
    );
    expect(report).toEqual([]);
    // Not asserted empty here: DOMPurify parses the raw input in an inert document, and Chromium still reports the
    // inline handlers and <style> it sees there as CSP violations (reports only: nothing ran, as the run with the
    // policy bypassed proves). In the app raw HTML never gets this far: the story validator refuses it (below).
    await expectNothingRan(t, false);
  });

  it('payloads in every free-text field of sites.geojson: the list, panels and search show them as text', async () => {
    const { text, names } = hostileSites();
    // The file is valid content: it is the rendering, not the validator, that is under test here.
    expect(validateSites('content/sites.geojson', JSON.parse(text)).problems).toEqual([]);
    const t = await open(opts, { 'content/sites.geojson': text });
    const { page } = t.opened;
    await openApp(page);
    expect(await page.locator('.sites-list ul .site-item').count()).toBe(names.size);
    // Each panel: the name is shown literally (escaped), and the sources are safe new-tab links.
    for (const id of [...names.keys()].slice(0, 8)) {
      await page.locator(`.sites-list .site-item[data-site-id="${id}"]`).click();
      await page.waitForFunction((i) => document.querySelector('.site-panel')?.getAttribute('data-site-id') === i, id);
      expect((await page.locator('.site-panel h2').textContent())?.trim()).toBe(names.get(id)?.trim());
      const rels = await page.locator('.site-panel a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('rel')));
      for (const rel of rels) expect(rel).toBe('noopener noreferrer');
    }
    expect(await page.locator('.site-panel script, .sites-list script, .site-panel img[onerror]').count()).toBe(0);
    // Search with payloads typed in.
    const box = page.getByRole('combobox', { name: /Tìm địa điểm|Search sites/ });
    for (const p of PAYLOADS.slice(0, 12)) await box.fill(p);
    await expectNothingRan(t, csp);
  });

  it('payloads in a story: front-matter title and source titles as text, Markdown sanitised', async () => {
    const body = `${storyRaw.split('\n---\n').slice(1).join('\n---\n').trim()}\n\n${MARKDOWN_SAFE.join('\n\n')}`;
    const text = story(PAYLOADS[4] ?? '', PAYLOADS.slice(0, 10), body);
    expect(parseStory(text, 'tin-keo.vi.md').ok).toBe(true);
    const t = await open(opts, { 'content/stories/tin-keo.vi.md': text });
    const { page } = t.opened;
    await openApp(page, '?site=tin-keo');
    await page.getByRole('button', { name: 'Đọc câu chuyện đầy đủ' }).click();
    await page.waitForSelector('.site-story__body p');
    expect(await page.locator('.site-story__body').textContent()).toContain('Điện Biên Phủ');
    expect(await page.locator('#site-story-title').textContent()).toBe(PAYLOADS[4]);
    expect(await page.locator('.site-story__body script, .site-story__body img, .site-story__body svg, .site-story__body iframe').count()).toBe(0);
    // A link whose URL was refused keeps its text and loses its href (no link at all).
    const hrefs = await page.locator('.site-story a[href]').evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.getAttribute('rel') ?? '']));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const [href, rel] of hrefs) {
      expect(href).toMatch(/^(https?:|mailto:|#)/i);
      if (/^https?:/i.test(href ?? '')) expect(rel).toBe('noopener noreferrer');
    }
    await expectNothingRan(t, csp);
  });

  it('a story body with raw HTML is refused with a message, never rendered', async () => {
    const t = await open(opts, { 'content/stories/tin-keo.vi.md': story('Tỉn Keo', ['Nguồn'], REJECTED.join('\n\n')) });
    const { page } = t.opened;
    await openApp(page, '?site=tin-keo');
    await page.getByRole('button', { name: 'Đọc câu chuyện đầy đủ' }).click();
    await page.waitForSelector('.story-toggle .notice');
    expect(await page.locator('.story-toggle .notice').textContent()).toMatch(/Chưa tải được câu chuyện/);
    expect(await page.locator('.site-story__body').count()).toBe(0);
    await expectNothingRan(t, csp);
  });
});

describe('broken content at run time: an error screen naming the problem, never a blank page', () => {
  const cases: Array<{ name: string; body: string; expect: RegExp }> = [
    {
      name: 'a javascript: source URL (rejected by the run-time validator)',
      // The first URL inside a "sources" list (a feature's location.origin.url comes earlier in the file).
      body: sitesRaw.replace(/("sources": \[\s*\{\s*"title": "[^"]*",\s*"url": )"https?:\/\/[^"]+"/, '$1"javascript:alert(1)"'),
      expect: /content\/sites\.geojson: feature [a-z0-9-]+: properties\.sources\[\d+\]\.url: must be an http\(s\) URL/,
    },
    { name: 'a truncated sites.geojson', body: sitesRaw.slice(0, 5000), expect: /content\/sites\.geojson.*JSON/ },
    { name: 'an empty sites.geojson', body: '', expect: /content\/sites\.geojson/ },
    { name: 'a sites.geojson that is not a FeatureCollection', body: '{"type":"Feature"}', expect: /content\/sites\.geojson.*type/ },
  ];
  it.each(cases)('$name', async (c) => {
    const t = await open({}, { 'content/sites.geojson': c.body });
    const { page } = t.opened;
    await page.goto(appUrl());
    await page.waitForSelector('.error-screen');
    expect(await page.locator('.error-screen').textContent()).toMatch(c.expect);
    expect(await page.locator('.error-screen button').count()).toBe(1);
    await expectNothingRan(t, true);
  });

  it('a sites.geojson that fails to load (HTTP 500) names the file and the status', async () => {
    const opened = await openPage(browser);
    await opened.page.route('**/content/sites.geojson', (route) => route.fulfill({ status: 500, body: 'boom' }));
    await opened.page.goto(appUrl());
    await opened.page.waitForSelector('.error-screen');
    expect(await opened.page.locator('.error-screen').textContent()).toMatch(/content\/sites\.geojson.*500/);
  });

  it('the good content opens normally (control: the routes above are what broke it)', async () => {
    const t = await open({}, {});
    await t.opened.page.goto(appUrl('?site=tin-keo'));
    await waitForMap(t.opened.page);
    expect(await panelSiteId(t.opened.page)).toBe('tin-keo');
  });
});
