import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The first-load JavaScript budget, on the built app (dist/): the entry module and everything it imports
 * statically (what index.html loads or preloads before any code runs), gzip -9 (deterministic). Bytes, not times:
 * times vary with the machine and stay in the benchmark (npm run bench), which also weighs the whole load until the
 * map is idle (map chunk and worker included) against the React + MapLibre floor.
 *
 * BUDGET: the static first load was 141.6 KB gzip when this test was written (after moving the story parser with
 * YAML and the search engine with MiniSearch out of it); the budget is that + 10 %, rounded. It is not "floor +
 * 90 KB": the floor is measured on the whole load (bench/results.json), where the map library dominates both sides.
 * The features of issues 13 and 14 brought it to 154.2 KB; moving the site panel and the basemap style builder into
 * lazy chunks brought it back to 140.7 KB, and the budget down to 145 KB: room for those issues' allowances (2 + 3 KB)
 * and no more, so the next feature that grows the first load has to be measured against it. Moving the app's schemas
 * from classic zod to zod/mini (only the checks used are bundled) brought it to 126.7 KB, and the budget to 130 KB.
 */
export const FIRST_LOAD_BUDGET_BYTES = 130 * 1024;

const dist = join(import.meta.dirname, '../../dist');
const assets = join(dist, 'assets');

/** Every chunk the entry imports statically, transitively (import … from "./x.js" and import "./x.js"). */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(m[1] as string);
  };
  visit(entry);
  return [...seen];
}

function firstLoad() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('no module script in dist/index.html (run the build)');
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1] as string);
  const files = [...new Set([...staticClosure(entry), ...preloads.flatMap(staticClosure)])].sort();
  const sizes = files.map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(assets, f)), { level: 9 }).length }));
  return { entry, preloads, files, sizes, total: sizes.reduce((s, x) => s + x.gzip, 0) };
}

describe('first-load JavaScript budget (dist/)', () => {
  const load = firstLoad();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

  it(`stays within ${kb(FIRST_LOAD_BUDGET_BYTES)} gzip -9`, () => {
    const detail = load.sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ');
    console.log(`first load: ${kb(load.total)} of ${kb(FIRST_LOAD_BUDGET_BYTES)} (${detail})`);
    expect(load.total, `first load ${kb(load.total)} > budget ${kb(FIRST_LOAD_BUDGET_BYTES)}: ${detail}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });

  it('the preloads index.html declares are all in the static closure (the measure sees what the browser loads)', () => {
    for (const p of load.preloads) expect(load.files).toContain(p);
  });

  // Features a first visit does not need load on demand, each in its own chunk.
  it.each([
    ['story mode', /^StoryMode-/],
    ['planner panel', /^PlannerPanel-/],
    ['print view', /^PrintView-/],
    ['kiosk mode', /^KioskMode-/],
    ['Markdown renderer (marked + DOMPurify)', /^render-markdown-/],
    ['story parser (YAML)', /^story-/],
    ['search engine (MiniSearch)', /^search-index-/],
    ['story narration player (issue 14)', /^SpeechPlayer-/],
    ['site panel (story, photos, sources, actions)', /^SelectedSitePanel-/],
    ['basemap style builder with the map', /^ThemedMapView-/],
    ['kiosk quiz card (issue 13)', /^KioskQuizCard-/],
  ])('%s is a lazy chunk, not in the first load', (_name, pattern) => {
    const chunks = readdirSync(assets).filter((f) => pattern.test(f) && f.endsWith('.js'));
    expect(chunks.length, `no chunk matching ${pattern}`).toBeGreaterThan(0);
    for (const c of chunks) expect(load.files).not.toContain(c);
  });

  it('MapLibre is not in the first load either (the map chunk loads while the content is fetched)', () => {
    const maplibre = readdirSync(assets).filter((f) => /^maplibre-gl-.*\.js$/.test(f));
    expect(maplibre.length).toBeGreaterThan(0);
    for (const c of maplibre) expect(load.files).not.toContain(c);
  });
});
