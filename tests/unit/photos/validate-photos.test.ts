import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/domain/validate/validate-content.ts';
import { formatProblem } from '../../../src/domain/validate/problem.ts';
import { MAX_PHOTO_BYTES } from '../../../src/domain/media/photos.ts';
import { readDataFolder } from '../../../scripts/lib/read-data-folder.ts';
import { probePhotos } from '../../../scripts/lib/photo-files.ts';
import { testPhoto } from '../../support/test-photo.ts';

/**
 * Photos in data/images/: every broken case is made here with generated images (the repository ships no photo), on
 * top of the good quiz fixture (sites alpha-site and beta-site), and must be reported with file, feature and field.
 */

const good = join(import.meta.dirname, '../../fixtures/good-quiz');
const enc = (s: string) => new TextEncoder().encode(s);
const SIDECAR = {
  caption: { vi: 'Cổng khu di tích nhìn từ đường vào', en: 'The gate of the relic site seen from the road' },
  alt: { vi: 'Cổng gạch màu vàng, mái ngói, hai bên có cây xanh', en: 'A yellow brick gate with a tiled roof between green trees' },
  credit: 'Người chụp thử',
  licence: 'CC-BY-4.0',
  source: 'https://example.org/anh-thu',
  date: '2026-11',
};

function content(extra: Record<string, Uint8Array | string | object>): Map<string, Uint8Array> {
  const files = new Map(readDataFolder(good));
  for (const [name, v] of Object.entries(extra)) files.set(name, v instanceof Uint8Array ? v : enc(typeof v === 'string' ? v : JSON.stringify(v)));
  return files;
}

async function check(extra: Record<string, Uint8Array | string | object>): Promise<string[]> {
  const files = content(extra);
  const { content: c, problems } = validateContent(files);
  problems.push(...(await probePhotos(files, c.photos)).problems);
  return problems.map(formatProblem);
}

let jpeg: Uint8Array;
let png: Uint8Array;
let webp: Uint8Array;
beforeAll(async () => {
  [jpeg, png, webp] = await Promise.all([testPhoto(320, 240, 'jpeg'), testPhoto(320, 240, 'png'), testPhoto(320, 240, 'webp')]);
});

const without = (key: keyof typeof SIDECAR) => Object.fromEntries(Object.entries(SIDECAR).filter(([k]) => k !== key));
const D = 'data/images/alpha-site';

describe('photos in data/images/', () => {
  it('accepts a JPEG, a PNG and a WebP with their sidecars, in file order, with the size as displayed', async () => {
    const files = content({ [`${D}/a-gate.jpg`]: jpeg, [`${D}/a-gate.json`]: SIDECAR, [`${D}/b-yard.png`]: png, [`${D}/b-yard.json`]: SIDECAR, [`${D}/c-hall.webp`]: webp, [`${D}/c-hall.json`]: SIDECAR });
    const { content: c, problems } = validateContent(files);
    expect(problems.map(formatProblem)).toEqual([]);
    const probe = await probePhotos(files, c.photos);
    expect(probe.problems).toEqual([]);
    expect(probe.probed.map((p) => [p.name, p.ext, p.width, p.height])).toEqual([
      ['a-gate', 'jpg', 320, 240],
      ['b-yard', 'png', 320, 240],
      ['c-hall', 'webp', 320, 240],
    ]);
  });

  // Built lazily: the fixtures exist only after beforeAll.
  const cases: Array<[string, () => Record<string, Uint8Array | string | object>, string]> = [
    ['no sidecar', () => ({ [`${D}/gate.jpg`]: jpeg }), `${D}/gate.jpg: feature alpha-site: sidecar: no sidecar data/images/alpha-site/gate.json`],
    ['no licence', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: without('licence') }), `${D}/gate.json: feature alpha-site: licence: must be one of CC0-1.0, CC-BY-4.0`],
    ['a licence not on the list', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: { ...SIDECAR, licence: 'All rights reserved' } }), `${D}/gate.json: feature alpha-site: licence: must be one of`],
    ['no credit', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: without('credit') }), `${D}/gate.json: feature alpha-site: credit: is missing`],
    ['a blank credit', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: { ...SIDECAR, credit: ' ' } }), `${D}/gate.json: feature alpha-site: credit: must not be empty`],
    ['no alt text', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: without('alt') }), `${D}/gate.json: feature alpha-site: alt: is missing`],
    ['alt text without English', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: { ...SIDECAR, alt: { vi: 'Cổng gạch' } } }), `${D}/gate.json: feature alpha-site: alt.en:`],
    ['no caption', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: without('caption') }), `${D}/gate.json: feature alpha-site: caption: is missing`],
    ['a source that is not a URL', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: { ...SIDECAR, source: 'internet' } }), `${D}/gate.json: feature alpha-site: source: must be an http(s) URL`],
    ['a date that is not a date', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: { ...SIDECAR, date: '11/2026' } }), `${D}/gate.json: feature alpha-site: date: must be YYYY, YYYY-MM or YYYY-MM-DD`],
    ['a sidecar that is not JSON', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: '{caption' }), `${D}/gate.json: feature alpha-site: (root): invalid JSON`],
    ['an unknown field', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.json`]: { ...SIDECAR, author: 'x' } }), `${D}/gate.json: feature alpha-site: (root): Unrecognized key`],
    ['a site that does not exist', () => ({ 'data/images/gamma-site/gate.jpg': jpeg, 'data/images/gamma-site/gate.json': SIDECAR }), 'data/images/gamma-site/gate.jpg: feature gamma-site: fileName: photo for a site that does not exist ("gamma-site")'],
    ['a photo outside a site folder', () => ({ 'data/images/gate.jpg': jpeg }), 'data/images/gate.jpg: fileName: not a photo name'],
    ['an unsupported format (.gif)', () => ({ [`${D}/gate.gif`]: jpeg }), `${D}/gate.gif: fileName: not a photo name`],
    ['a name with capitals or spaces', () => ({ [`${D}/Cổng chính.jpg`]: jpeg }), `${D}/Cổng chính.jpg: fileName: not a photo name`],
    ['two photos with one name', () => ({ [`${D}/gate.jpg`]: jpeg, [`${D}/gate.png`]: png, [`${D}/gate.json`]: SIDECAR }), `${D}/gate.png: feature alpha-site: fileName: a second photo named alpha-site/gate`],
    ['a sidecar without a photo', () => ({ [`${D}/gate.json`]: SIDECAR }), `${D}/gate.json: feature alpha-site: fileName: sidecar without a photo`],
    ['an empty file', () => ({ [`${D}/gate.jpg`]: new Uint8Array(), [`${D}/gate.json`]: SIDECAR }), `${D}/gate.jpg: feature alpha-site: (root): file is empty`],
    ['a file over 20 MB', () => ({ [`${D}/gate.jpg`]: new Uint8Array(MAX_PHOTO_BYTES + 1), [`${D}/gate.json`]: SIDECAR }), `${D}/gate.jpg: feature alpha-site: (root): file is 20.0 MB, over the 20 MB limit`],
    ['text saved as .jpg', () => ({ [`${D}/gate.jpg`]: 'not a photo, only words', [`${D}/gate.json`]: SIDECAR }), `${D}/gate.jpg: feature alpha-site: format: not an image`],
    ['a PNG named .jpg', () => ({ [`${D}/gate.jpg`]: png, [`${D}/gate.json`]: SIDECAR }), `${D}/gate.jpg: feature alpha-site: format: is PNG, not JPEG as .jpg says`],
    ['a JPEG cut in half', () => ({ [`${D}/gate.jpg`]: jpeg.subarray(0, jpeg.length >> 1), [`${D}/gate.json`]: SIDECAR }), `${D}/gate.jpg: feature alpha-site: format: not a readable image`],
  ];
  it.each(cases)('reports %s with file, feature and field', async (_name, extra, expected) => {
    const lines = await check(extra());
    expect(lines.some((l) => l.startsWith(expected)), `${expected}\nnot in:\n${lines.join('\n')}`).toBe(true);
  });

  describe('npm run data:check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'photo-check-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (rel: string, bytes: Uint8Array | string) => {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), bytes);
    };
    const run = (): { code: number; out: string } => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', dir], { cwd: join(import.meta.dirname, '../../..'), encoding: 'utf8', stdio: 'pipe' }) };
      } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        return { code: err.status, out: err.stdout + err.stderr };
      }
    };

    it('counts a good photo, and exits 1 naming file and field for one without alt text', () => {
      cpSync(good, dir, { recursive: true });
      write(`${D}/gate.jpg`, jpeg);
      write(`${D}/gate.json`, JSON.stringify(SIDECAR));
      let r = run();
      expect(r.out).toContain('1 photo');
      expect(r.code).toBe(0);
      write(`${D}/gate.json`, JSON.stringify(without('alt')));
      r = run();
      expect(r.code).toBe(1);
      expect(r.out).toContain(`${D}/gate.json: feature alpha-site: alt: is missing`);
    });
  });
});
