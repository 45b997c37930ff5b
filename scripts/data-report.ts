/**
 * npm run data:report [-- --root <folder containing data/>]
 * What the content still lacks: the work list for the people who survey sites and write stories.
 * Prints readable tables to stdout and always exits 0 (use data:check to fail a build).
 *
 * Sections: positions not surveyed or official · positions shared by several sites · stories missing or untranslated ·
 * texts whose Vietnamese and English are identical · sites without visitor facts · route distances without a source.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { parseStory } from '../src/domain/schema/story.ts';
import type { SiteFeature } from '../src/domain/schema/site.ts';
import { decodeUtf8 } from '../src/domain/validate/decode.ts';
import { formatProblem } from '../src/domain/validate/problem.ts';
import { SITES_FILE } from '../src/domain/validate/validate-content.ts';
import { validateSites } from '../src/domain/validate/validate-sites.ts';
import { parseArgs } from './data-export.ts';

// ---------------------------------------------------------------------------------------------------------------
// Inputs, parsed tolerantly: the report must run on half-finished content.

/** Only what the report needs from data/routes.json; anything else in the file is ignored. */
const LooseRoutesSchema = z.looseObject({
  routes: z.array(
    z.looseObject({
      id: z.string(),
      name: z.looseObject({ vi: z.string().optional(), en: z.string().optional() }).optional(),
      stops: z.array(z.looseObject({ site: z.string() })).default([]),
      legs: z
        .array(
          z.looseObject({
            mode: z.string().optional(),
            distanceKm: z.number().optional(),
            source: z.looseObject({ title: z.string().optional(), url: z.string().optional() }).optional(),
            geometry: z.unknown().optional(),
          }),
        )
        .default([]),
    }),
  ),
});

const CONFIDENCE_ORDER = ['none', 'commune-centroid', 'approximate', 'unofficial-dataset', 'source'] as const;
const LANGS = ['vi', 'en'] as const;
type Lang = (typeof LANGS)[number];

type StoryStatus = 'ok' | 'missing' | 'invalid' | 'same-as-vi';

export interface Report {
  /** Problems reading data/ (missing or unparseable files, invalid sites): run data:check for details. */
  notes: string[];
  sites: SiteFeature[];
  invalidSites: string[];
  positions: Array<{ id: string; name: string; confidence: string; note: string }>;
  sharedPositions: Array<{ lat: number; lon: number; ids: string[] }>;
  stories: Array<{ id: string; name: string; vi: StoryStatus; en: StoryStatus }>;
  storiesFolder: boolean;
  identicalTexts: Array<{ id: string; field: string; text: string }>;
  visit: Array<{ id: string; name: string; minutes: boolean; opening: boolean; ticket: boolean; operator: boolean }>;
  withoutImages: string[];
  routesFile: 'missing' | 'invalid' | 'ok';
  legs: Array<{ route: string; leg: number; from: string; to: string; mode: string; problem: string }>;
  routeCount: number;
}

function readText(path: string, label: string, notes: string[]): string | undefined {
  if (!existsSync(path)) return undefined;
  const decoded = decodeUtf8(label, new Uint8Array(readFileSync(path)));
  if (!decoded.ok) {
    notes.push(formatProblem(decoded.problem));
    return undefined;
  }
  return decoded.text;
}

/** Every {vi, en} pair inside a value, with its dotted path. */
function localizedTexts(value: unknown, path: string, out: Array<{ field: string; vi: string; en: string }>): void {
  if (Array.isArray(value)) value.forEach((v, i) => localizedTexts(v, `${path}.${i + 1}`, out));
  else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const keys = entries.map(([k]) => k).sort();
    if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'vi') {
      const o = Object.fromEntries(entries);
      if (typeof o['vi'] === 'string' && typeof o['en'] === 'string') out.push({ field: path, vi: o['vi'], en: o['en'] });
      return;
    }
    for (const [k, v] of entries) localizedTexts(v, path === '' ? k : `${path}.${k}`, out);
  }
}

export function buildReport(root: string): Report {
  const notes: string[] = [];
  const data = join(root, 'data');

  // Sites
  let sites: SiteFeature[] = [];
  const invalidSites: string[] = [];
  const sitesText = readText(join(root, SITES_FILE), SITES_FILE, notes);
  if (sitesText === undefined && !existsSync(join(root, SITES_FILE))) notes.push(`${SITES_FILE}: file is missing`);
  if (sitesText !== undefined) {
    try {
      const result = validateSites(SITES_FILE, JSON.parse(sitesText));
      sites = result.sites;
      for (const p of result.problems) if (p.feature !== undefined && !invalidSites.includes(p.feature)) invalidSites.push(p.feature);
      if (result.problems.length > 0) notes.push(`${SITES_FILE}: ${result.problems.length} problem(s) – run npm run data:check`);
    } catch (e) {
      notes.push(`${SITES_FILE}: invalid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  const nameOf = new Map(sites.map((s) => [s.id, s.properties.shortName?.vi ?? s.properties.name.vi]));
  const name = (id: string): string => nameOf.get(id) ?? '?';

  const rank = (c: string): number => CONFIDENCE_ORDER.indexOf(c as (typeof CONFIDENCE_ORDER)[number]);
  const positions = sites
    .filter((s) => s.properties.location.confidence !== 'source')
    .map((s) => ({ id: s.id, name: name(s.id), confidence: s.properties.location.confidence, note: s.properties.location.note.vi }))
    .sort((a, b) => rank(a.confidence) - rank(b.confidence));

  const byPoint = new Map<string, { lat: number; lon: number; ids: string[] }>();
  for (const s of sites) {
    if (s.geometry === null) continue;
    const [lon, lat] = s.geometry.coordinates;
    const key = `${lat},${lon}`;
    const entry = byPoint.get(key) ?? { lat, lon, ids: [] };
    entry.ids.push(s.id);
    byPoint.set(key, entry);
  }
  const sharedPositions = [...byPoint.values()].filter((p) => p.ids.length > 1);

  // Stories
  const storiesDir = join(data, 'stories');
  const storiesFolder = existsSync(storiesDir);
  const storyFiles = new Set(storiesFolder ? readdirSync(storiesDir) : []);
  const stories: Report['stories'] = [];
  for (const s of sites) {
    const status: Partial<Record<Lang, StoryStatus>> = {};
    const bodies: Partial<Record<Lang, string>> = {};
    for (const lang of LANGS) {
      const file = `${s.id}.${lang}.md`;
      if (!storyFiles.has(file)) {
        status[lang] = 'missing';
        continue;
      }
      const text = readText(join(storiesDir, file), `data/stories/${file}`, notes);
      const parsed = text === undefined ? undefined : parseStory(text, file);
      if (parsed?.ok === true) {
        status[lang] = 'ok';
        bodies[lang] = parsed.story.body;
      } else status[lang] = 'invalid';
    }
    if (bodies.vi !== undefined && bodies.vi === bodies.en) status.en = 'same-as-vi';
    const vi = status.vi ?? 'missing';
    const en = status.en ?? 'missing';
    if (vi !== 'ok' || en !== 'ok') stories.push({ id: s.id, name: name(s.id), vi, en });
  }

  // Identical translations
  const identicalTexts: Report['identicalTexts'] = [];
  for (const s of sites) {
    const texts: Array<{ field: string; vi: string; en: string }> = [];
    localizedTexts(s.properties, '', texts);
    for (const t of texts) if (t.vi.trim() === t.en.trim()) identicalTexts.push({ id: s.id, field: t.field, text: t.vi });
  }

  // Visitor facts
  const visit = sites
    .map((s) => {
      const v = s.properties.visit;
      return {
        id: s.id,
        name: name(s.id),
        minutes: v.minutes !== undefined,
        opening: v.opening !== undefined,
        ticket: v.ticket !== undefined,
        operator: v.operator !== undefined,
      };
    })
    .filter((v) => !(v.minutes && v.opening && v.ticket && v.operator));
  const withoutImages = sites.filter((s) => s.properties.images.length === 0).map((s) => s.id);

  // Routes
  const legs: Report['legs'] = [];
  let routesFile: Report['routesFile'] = 'missing';
  let routeCount = 0;
  const routesText = readText(join(data, 'routes.json'), 'data/routes.json', notes);
  if (routesText !== undefined) {
    let parsed: ReturnType<typeof LooseRoutesSchema.safeParse> | undefined;
    try {
      parsed = LooseRoutesSchema.safeParse(JSON.parse(routesText));
    } catch {
      parsed = undefined;
    }
    if (parsed?.success !== true) {
      routesFile = 'invalid';
      notes.push('data/routes.json: not readable as {routes:[…]} – run npm run data:check');
    } else {
      routesFile = 'ok';
      routeCount = parsed.data.routes.length;
      for (const r of parsed.data.routes) {
        r.legs.forEach((leg, i) => {
          const from = r.stops[i]?.site ?? '?';
          const to = r.stops[i + 1]?.site ?? '?';
          const mode = leg.mode ?? '?';
          const hasSource = leg.source?.url !== undefined && leg.source.url.trim() !== '';
          if (leg.distanceKm === undefined && leg.geometry !== undefined) {
            legs.push({ route: r.id, leg: i + 1, from, to, mode, problem: 'km đo theo đường vẽ, chưa có nguồn / km measured along the drawn path, no source' });
          } else if (leg.distanceKm === undefined) {
            legs.push({ route: r.id, leg: i + 1, from, to, mode, problem: 'không có số km nguồn (ứng dụng tự ước tính) / no sourced km (estimated by the app)' });
          } else if (!hasSource) {
            legs.push({ route: r.id, leg: i + 1, from, to, mode, problem: `${leg.distanceKm} km không có nguồn / ${leg.distanceKm} km without a source` });
          }
        });
      }
    }
  }

  return {
    notes,
    sites,
    invalidSites,
    positions,
    sharedPositions,
    stories,
    storiesFolder,
    identicalTexts,
    visit,
    withoutImages,
    routesFile,
    legs,
    routeCount,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

/** Display width: code points after NFC (Vietnamese letters are one column each). */
function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim().normalize('NFC');
  const cps = [...one];
  return cps.length > max ? `${cps.slice(0, max - 1).join('')}…` : one;
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    `  ${cells.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(c)))).join('  ')}`.trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

const yes = (b: boolean): string => (b ? '✓' : '–');
const STORY_LABEL: Record<StoryStatus, string> = {
  ok: '✓',
  missing: 'thiếu / missing',
  invalid: 'lỗi / invalid',
  'same-as-vi': 'chưa dịch / = vi',
};

export function formatReport(r: Report, root: string): string {
  const out: string[] = [];
  const n = r.sites.length;
  const section = (title: string, count: number | string): void => {
    out.push('', `■ ${title} (${count})`);
  };
  out.push(`Báo cáo nội dung / Content report – ${join(root, 'data')}`);
  out.push(`${n} địa điểm hợp lệ / valid sites${r.invalidSites.length > 0 ? `, ${r.invalidSites.length} không hợp lệ / invalid: ${r.invalidSites.join(', ')}` : ''}`);
  for (const note of r.notes) out.push(`! ${note}`);

  const storyGaps = r.stories.reduce((k, s) => k + (s.vi !== 'ok' ? 1 : 0) + (s.en !== 'ok' ? 1 : 0), 0);
  const noVisit = r.visit.filter((v) => !v.minutes && !v.opening && !v.ticket && !v.operator).length;
  out.push('', 'Tóm tắt / Summary');
  out.push(
    table(
      ['việc cần làm / to do', 'số / count'],
      [
        ['vị trí chưa khảo sát, chưa có nguồn chính thức / position not surveyed or official', `${r.positions.length} / ${n}`],
        ['  trong đó chưa có tọa độ / of which not on the map', String(r.positions.filter((p) => p.confidence === 'none').length)],
        ['tọa độ dùng chung cho nhiều điểm / points shared by several sites', String(r.sharedPositions.length)],
        ['bài viết còn thiếu / story files missing or invalid (vi+en)', `${storyGaps} / ${2 * n}`],
        ['văn bản vi = en / texts identical in vi and en', String(r.identicalTexts.length)],
        ['không có thông tin tham quan / no visitor facts at all', `${noVisit} / ${n}`],
        ['thông tin tham quan chưa đủ / visitor facts incomplete', `${r.visit.length} / ${n}`],
        ['chưa có ảnh / no images', `${r.withoutImages.length} / ${n}`],
        ['chặng đường chưa có km từ nguồn / route legs without a sourced distance', r.routesFile === 'ok' ? String(r.legs.length) : `– (routes.json ${r.routesFile === 'missing' ? 'chưa có / missing' : 'lỗi / invalid'})`],
      ],
    ),
  );

  section('1. Vị trí chưa khảo sát, chưa có nguồn chính thức / Position not surveyed or official', r.positions.length);
  out.push('  none = chưa có tọa độ, commune-centroid = trung tâm xã, approximate = ước tính / none = not on the map, commune-centroid = commune centre, approximate = estimated');
  if (r.positions.length > 0) {
    out.push(table(['id', 'tên / name', 'độ tin cậy / confidence', 'ghi chú / note'], r.positions.map((p) => [p.id, clip(p.name, 34), p.confidence, clip(p.note, 60)])));
  }

  section('2. Tọa độ dùng chung / Positions shared by several sites', r.sharedPositions.length);
  if (r.sharedPositions.length > 0) {
    out.push(table(['vĩ độ, kinh độ / lat, lon', 'địa điểm / sites'], r.sharedPositions.map((p) => [`${p.lat}, ${p.lon}`, p.ids.join(', ')])));
  }

  section('3. Bài viết còn thiếu / Stories missing (data/stories/<id>.<vi|en>.md)', r.stories.length);
  if (!r.storiesFolder) out.push('  Thư mục data/stories/ chưa có / the data/stories/ folder does not exist yet.');
  if (r.stories.length > 0) {
    out.push(table(['id', 'tên / name', 'vi', 'en'], r.stories.map((s) => [s.id, clip(s.name, 34), STORY_LABEL[s.vi], STORY_LABEL[s.en]])));
  }

  section('4. Văn bản vi và en giống hệt (chưa dịch?) / Texts identical in vi and en (untranslated?)', r.identicalTexts.length);
  if (r.identicalTexts.length > 0) {
    out.push('  Tên riêng có thể giống nhau ở hai thứ tiếng: chỉ cần xem lại / proper names may rightly be identical: just review');
    out.push(table(['id', 'trường / field', 'văn bản / text'], r.identicalTexts.map((t) => [t.id, t.field, clip(t.text, 50)])));
  }

  section('5. Thông tin tham quan còn thiếu / Visitor facts missing', r.visit.length);
  if (r.visit.length > 0) {
    out.push(
      table(
        ['id', 'tên / name', 'phút / minutes', 'giờ mở / opening', 'vé / ticket', 'đơn vị quản lý / operator'],
        r.visit.map((v) => [v.id, clip(v.name, 34), yes(v.minutes), yes(v.opening), yes(v.ticket), yes(v.operator)]),
      ),
    );
  }

  section('6. Khoảng cách tuyến chưa có nguồn / Route distances without a source', r.routesFile === 'ok' ? r.legs.length : '–');
  if (r.routesFile === 'missing') out.push('  data/routes.json chưa có / data/routes.json does not exist yet.');
  else if (r.routesFile === 'invalid') out.push('  data/routes.json không đọc được / data/routes.json could not be read (npm run data:check).');
  else {
    out.push(`  ${r.routeCount} tuyến / routes`);
    if (r.legs.length > 0) {
      out.push(table(['tuyến / route', 'chặng / leg', 'từ / from', 'đến / to', 'đi bằng / mode', 'vấn đề / problem'], r.legs.map((l) => [l.route, String(l.leg), l.from, l.to, l.mode, l.problem])));
    }
  }
  out.push('');
  return out.join('\n');
}

function main(): void {
  const { root } = parseArgs(process.argv.slice(2));
  process.stdout.write(formatReport(buildReport(root), root));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
