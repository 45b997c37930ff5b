import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport, formatReport, table } from '../../../scripts/data-report.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/csv/sites.geojson');

const story = (title: string, body: string): string =>
  `---\ntitle: ${title}\nupdated: 2026-11-28\nsources:\n  - title: Ban quản lý ATK\n    url: https://atkthainguyen.org.vn/\n---\n\n${body}\n`;

describe('data:report', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ram-report-'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data/sites.geojson'), readFileSync(FIXTURE));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('runs without stories and routes, saying they do not exist yet', () => {
    const r = buildReport(root);
    expect(r.sites.map((s) => s.id)).toEqual(['atk-dinh-hoa', 'khu-di-tich-915', 'tnxp-dau-tien']);
    expect(r.storiesFolder).toBe(false);
    expect(r.routesFile).toBe('missing');
    const text = formatReport(r, root);
    expect(text).toContain('the data/stories/ folder does not exist yet');
    expect(text).toContain('data/routes.json does not exist yet');
  });

  it('lists positions not surveyed or official (an unofficial dataset included), worst first, and shared points', () => {
    const r = buildReport(root);
    expect(r.positions.map((p) => [p.id, p.confidence])).toEqual([
      ['tnxp-dau-tien', 'none'],
      ['khu-di-tich-915', 'approximate'],
      ['atk-dinh-hoa', 'unofficial-dataset'],
    ]);
    expect(r.sharedPositions).toEqual([]);
  });

  it('finds missing, invalid and untranslated stories', () => {
    mkdirSync(join(root, 'data/stories'));
    writeFileSync(join(root, 'data/stories/atk-dinh-hoa.vi.md'), story('ATK Định Hóa', 'Thủ đô kháng chiến.'));
    writeFileSync(join(root, 'data/stories/atk-dinh-hoa.en.md'), story('ATK Định Hóa', 'Thủ đô kháng chiến.'));
    writeFileSync(join(root, 'data/stories/khu-di-tich-915.vi.md'), story('Khu 915', 'Đại đội 915.'));
    writeFileSync(join(root, 'data/stories/khu-di-tich-915.en.md'), 'no front matter');
    const r = buildReport(root);
    expect(r.stories.map((s) => [s.id, s.vi, s.en])).toEqual([
      ['atk-dinh-hoa', 'ok', 'same-as-vi'],
      ['khu-di-tich-915', 'ok', 'invalid'],
      ['tnxp-dau-tien', 'missing', 'missing'],
    ]);
  });

  it('flags texts whose Vietnamese and English are identical', () => {
    const r = buildReport(root);
    expect(r.identicalTexts).toEqual([{ id: 'atk-dinh-hoa', field: 'shortName', text: 'ATK Định Hóa' }]);
  });

  it('lists sites without visitor facts', () => {
    const r = buildReport(root);
    expect(r.visit.map((v) => [v.id, v.minutes, v.opening, v.ticket, v.operator])).toEqual([
      ['atk-dinh-hoa', true, true, false, true],
      ['khu-di-tich-915', false, false, false, false],
      ['tnxp-dau-tien', false, false, false, false],
    ]);
  });

  it('lists route legs whose distance is estimated or not sourced, ignoring fields it does not need', () => {
    writeFileSync(
      join(root, 'data/routes.json'),
      JSON.stringify({
        routes: [
          {
            id: 've-nguon',
            name: { vi: 'Về nguồn', en: 'Back to the roots' },
            description: { vi: 'x', en: 'x' },
            stops: [{ site: 'khu-di-tich-915', minutes: 45 }, { site: 'atk-dinh-hoa', minutes: 120 }, { site: 'tnxp-dau-tien', minutes: 0 }],
            legs: [
              { mode: 'coach', distanceKm: 50, source: { title: 'Wikipedia', url: 'https://vi.wikipedia.org/wiki/Ch%E1%BB%A3_Chu' } },
              { mode: 'coach', distanceKm: 12 },
            ],
          },
          { id: 'di-bo', stops: [{ site: 'atk-dinh-hoa' }, { site: 'khu-di-tich-915' }], legs: [{ mode: 'walking' }] },
          {
            id: 've',
            stops: [{ site: 'atk-dinh-hoa' }, { site: 'khu-di-tich-915' }],
            legs: [{ mode: 'car', geometry: { type: 'LineString', coordinates: [[105.54, 21.83], [105.85, 21.57]] } }],
          },
        ],
      }),
    );
    const r = buildReport(root);
    expect(r.routesFile).toBe('ok');
    expect(r.legs.map((l) => [l.route, l.leg, l.from, l.to, l.mode, l.problem.split(' / ')[1]])).toEqual([
      ['ve-nguon', 2, 'atk-dinh-hoa', 'tnxp-dau-tien', 'coach', '12 km without a source'],
      ['di-bo', 1, 'atk-dinh-hoa', 'khu-di-tich-915', 'walking', 'no sourced km (estimated by the app)'],
      ['ve', 1, 'atk-dinh-hoa', 'khu-di-tich-915', 'car', 'km measured along the drawn path, no source'],
    ]);
  });

  it('survives a broken routes file and a broken site', () => {
    writeFileSync(join(root, 'data/routes.json'), '{"routes": 3}');
    const geo = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { features: Array<{ properties: { category: string } }> };
    const first = geo.features[0];
    if (first) first.properties.category = 'castle';
    writeFileSync(join(root, 'data/sites.geojson'), JSON.stringify(geo));
    const r = buildReport(root);
    expect(r.routesFile).toBe('invalid');
    expect(r.invalidSites).toEqual(['atk-dinh-hoa']);
    expect(r.sites).toHaveLength(2);
    expect(formatReport(r, root)).toContain('1 không hợp lệ / invalid: atk-dinh-hoa');
  });

  it('aligns table columns by letters, not bytes', () => {
    expect(table(['id', 'tên'], [['a', 'Đền Đuổm'], ['bb', 'x']]).split('\n')).toEqual([
      '  id  tên',
      '  ──  ────────',
      '  a   Đền Đuổm',
      '  bb  x',
    ]);
  });
});
