import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/domain/validate/validate-content.ts';
import { formatProblem } from '../../../src/domain/validate/problem.ts';
import { AudioListSchema, MAX_AUDIO_BYTES } from '../../../src/domain/media/audio.ts';
import { readDataFolder } from '../../../scripts/lib/read-data-folder.ts';
import { buildAudioList, probeAudio } from '../../../scripts/lib/audio-files.ts';
import { silentMp3, silentMp3Duration } from '../../support/silent-mp3.ts';

/**
 * Recorded narration in data/audio/: the broken cases are made here (the repository ships no recording), on top of
 * the good quiz fixture, and must each be reported with file, feature and field.
 */

// Two sites, alpha-site with its stories (vi, en) and its quiz.
const good = join(import.meta.dirname, '../../fixtures/good-quiz');
const enc = (s: string) => new TextEncoder().encode(s);
const SIDECAR = { credit: 'Người đọc thử', licence: 'CC-BY-4.0', source: 'Bản ghi thử, làm trong bộ kiểm thử' };

function content(extra: Record<string, Uint8Array | string | object>): Map<string, Uint8Array> {
  const files = new Map(readDataFolder(good));
  for (const [name, v] of Object.entries(extra)) {
    files.set(name, v instanceof Uint8Array ? v : enc(typeof v === 'string' ? v : JSON.stringify(v)));
  }
  return files;
}

async function check(extra: Record<string, Uint8Array | string | object>): Promise<string[]> {
  const files = content(extra);
  const { content: c, problems } = validateContent(files);
  problems.push(...(await probeAudio(files, c.audio)).problems);
  return problems.map(formatProblem);
}

const mp3 = silentMp3(3);

describe('recordings in data/audio/', () => {
  it('accepts an MP3 with its sidecar, measures its duration and lists it under a hashed name', async () => {
    const files = content({ 'data/audio/alpha-site.vi.mp3': mp3, 'data/audio/alpha-site.vi.json': SIDECAR });
    const { content: c, problems } = validateContent(files);
    expect(problems.map(formatProblem)).toEqual([]);
    const probe = await probeAudio(files, c.audio);
    expect(probe.problems).toEqual([]);
    expect(probe.probed[0]?.duration).toBeCloseTo(silentMp3Duration(3), 1);
    const list = AudioListSchema.parse(buildAudioList(files, probe.probed, 'content/'));
    expect(list['alpha-site']?.vi).toMatchObject({ type: 'audio/mpeg', duration: 3, credit: 'Người đọc thử', licence: 'CC-BY-4.0' });
    expect(list['alpha-site']?.vi?.src).toMatch(/^content\/audio\/alpha-site\.vi\.[0-9a-f]{10}\.mp3$/);
    // Another file, another name: a stored copy is never served for a replaced recording.
    const other = content({ 'data/audio/alpha-site.vi.mp3': silentMp3(4), 'data/audio/alpha-site.vi.json': SIDECAR });
    const otherList = buildAudioList(other, (await probeAudio(other, validateContent(other).content.audio)).probed, 'content/');
    expect(otherList['alpha-site']?.vi?.src).not.toBe(list['alpha-site']?.vi?.src);
  });

  it.each([
    ['no sidecar', { 'data/audio/alpha-site.vi.mp3': mp3 }, 'data/audio/alpha-site.vi.mp3: feature alpha-site: sidecar: no sidecar data/audio/alpha-site.vi.json'],
    [
      'no credit',
      { 'data/audio/alpha-site.vi.mp3': mp3, 'data/audio/alpha-site.vi.json': { licence: 'CC0-1.0', source: 'x' } },
      'data/audio/alpha-site.vi.json: feature alpha-site: credit: is missing',
    ],
    [
      'no licence',
      { 'data/audio/alpha-site.vi.mp3': mp3, 'data/audio/alpha-site.vi.json': { credit: 'A', source: 'x' } },
      'data/audio/alpha-site.vi.json: feature alpha-site: licence: must be one of CC0-1.0, CC-BY-4.0',
    ],
    [
      'a licence not on the list',
      { 'data/audio/alpha-site.vi.mp3': mp3, 'data/audio/alpha-site.vi.json': { ...SIDECAR, licence: 'All rights reserved' } },
      'data/audio/alpha-site.vi.json: feature alpha-site: licence: must be one of',
    ],
    [
      'a blank credit',
      { 'data/audio/alpha-site.vi.mp3': mp3, 'data/audio/alpha-site.vi.json': { ...SIDECAR, credit: '  ' } },
      'data/audio/alpha-site.vi.json: feature alpha-site: credit: must not be empty',
    ],
    ['a sidecar that is not JSON', { 'data/audio/alpha-site.vi.mp3': mp3, 'data/audio/alpha-site.vi.json': '{credit' }, 'data/audio/alpha-site.vi.json: feature alpha-site: (root): invalid JSON'],
    [
      'a site that does not exist',
      { 'data/audio/gamma-site.vi.mp3': mp3, 'data/audio/gamma-site.vi.json': SIDECAR },
      'data/audio/gamma-site.vi.mp3: feature gamma-site: fileName: recording for a site that does not exist ("gamma-site")',
    ],
    [
      'a site without a story',
      { 'data/audio/beta-site.vi.mp3': mp3, 'data/audio/beta-site.vi.json': SIDECAR },
      'data/audio/beta-site.vi.mp3: feature beta-site: fileName: no story data/stories/beta-site.vi.md',
    ],
    ['a name that is not <site>.<lang>.<ext>', { 'data/audio/alpha-site.mp3': mp3 }, 'data/audio/alpha-site.mp3: fileName: not a recording name'],
    ['an unsupported format (.wav)', { 'data/audio/alpha-site.vi.wav': mp3 }, 'data/audio/alpha-site.vi.wav: fileName: not a recording name'],
    ['a sidecar without a recording', { 'data/audio/alpha-site.vi.json': SIDECAR }, 'data/audio/alpha-site.vi.json: feature alpha-site: fileName: sidecar without a recording'],
    [
      'two recordings for one site and language',
      { 'data/audio/alpha-site.vi.mp3': mp3, 'data/audio/alpha-site.vi.opus': mp3, 'data/audio/alpha-site.vi.json': SIDECAR },
      'data/audio/alpha-site.vi.opus: feature alpha-site: fileName: a second recording for alpha-site.vi',
    ],
    ['an empty file', { 'data/audio/alpha-site.vi.mp3': new Uint8Array(), 'data/audio/alpha-site.vi.json': SIDECAR }, 'data/audio/alpha-site.vi.mp3: feature alpha-site: (root): file is empty'],
    [
      'a file over the size limit',
      { 'data/audio/alpha-site.vi.mp3': new Uint8Array(MAX_AUDIO_BYTES + 1), 'data/audio/alpha-site.vi.json': SIDECAR },
      'data/audio/alpha-site.vi.mp3: feature alpha-site: (root): file is 30.0 MB, over the 30 MB limit',
    ],
    [
      'text saved as .mp3',
      { 'data/audio/alpha-site.vi.mp3': 'not a recording, only words', 'data/audio/alpha-site.vi.json': SIDECAR },
      'data/audio/alpha-site.vi.mp3: feature alpha-site: format: not a readable audio file',
    ],
    [
      'an MP3 named .opus',
      { 'data/audio/alpha-site.vi.opus': mp3, 'data/audio/alpha-site.vi.json': SIDECAR },
      'data/audio/alpha-site.vi.opus: feature alpha-site: format: is MPEG / MPEG 1 Layer 3, not Ogg Opus as .opus says',
    ],
    [
      'an MP3 with its frames cut off (no duration)',
      { 'data/audio/alpha-site.vi.mp3': new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0]), 'data/audio/alpha-site.vi.json': SIDECAR },
      'data/audio/alpha-site.vi.mp3: feature alpha-site: ',
    ],
  ])('reports %s with file, feature and field', async (_name, extra, expected) => {
    const lines = await check(extra);
    expect(lines.some((l) => l.startsWith(expected)), `${expected}\nnot in:\n${lines.join('\n')}`).toBe(true);
  });

  describe('npm run data:check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audio-check-'));
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

    it('counts a good recording, and exits 1 naming file and field for one it cannot read', () => {
      cpSync(good, dir, { recursive: true });
      write('data/audio/alpha-site.vi.mp3', mp3);
      write('data/audio/alpha-site.vi.json', JSON.stringify(SIDECAR));
      let r = run();
      expect(r.out).toContain('1 recording');
      expect(r.code).toBe(0);
      write('data/audio/alpha-site.vi.mp3', 'ID3 only words');
      r = run();
      expect(r.code).toBe(1);
      expect(r.out).toContain('data/audio/alpha-site.vi.mp3: feature alpha-site: format: not a readable audio file');
      expect(r.out).not.toMatch(/\n\s+at /);
    });
  });
});
