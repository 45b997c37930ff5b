import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../..');
function runCheck(folder: string): { code: number; out: string } {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/data-check.ts', folder], { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('npm run data:check', () => {
  it('exits 0 on good content', () => {
    const r = runCheck('tests/fixtures/good-data');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 sites (1 located)');
  });
  it('counts quizzes and their questions in the summary line', () => {
    const r = runCheck('tests/fixtures/good-quiz');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 quiz with 3 quiz questions');
  });
  it('exits 1 and prints file: feature: field: message on bad content', () => {
    const r = runCheck('tests/fixtures/bad-data/unknown-category');
    expect(r.code).toBe(1);
    expect(r.out).toContain('data/sites.geojson: feature alpha-site: properties.category: unknown category "castle"');
  });
});
