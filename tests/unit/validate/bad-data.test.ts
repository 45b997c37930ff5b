import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/domain/validate/validate-content.ts';
import { formatProblem } from '../../../src/domain/validate/problem.ts';
import { readDataFolder } from '../../../scripts/lib/read-data-folder.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
const badRoot = join(fixtures, 'bad-data');
const cases = readdirSync(badRoot).sort();

describe('content validation', () => {
  it('accepts the good fixture', () => {
    const { problems, content } = validateContent(readDataFolder(join(fixtures, 'good-data')));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.sites.map((s) => s.id)).toEqual(['alpha-site', 'beta-site']);
  });

  it('has at least 25 broken cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('reports %s with file, feature and field', (name) => {
    const expected = readFileSync(join(badRoot, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    let lines: string[] = [];
    expect(() => {
      lines = validateContent(readDataFolder(join(badRoot, name))).problems.map(formatProblem);
    }).not.toThrow();
    expect(lines.length).toBeGreaterThan(0);
    for (const e of expected) expect(lines.some((l) => l.startsWith(e)), `${e}\nnot in:\n${lines.join('\n')}`).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    const files = readDataFolder(join(fixtures, 'good-data'));
    const fc = JSON.parse(new TextDecoder().decode(files.get('data/sites.geojson'))) as {
      features: Array<{ properties: { category: string; name: { en?: string } } }>;
    };
    fc.features[0]!.properties.category = 'castle';
    delete fc.features[1]!.properties.name.en;
    const broken = new Map(files);
    broken.set('data/sites.geojson', new TextEncoder().encode(JSON.stringify(fc)));
    const lines = validateContent(broken).problems.map(formatProblem);
    expect(lines.some((l) => l.includes('alpha-site: properties.category'))).toBe(true);
    expect(lines.some((l) => l.includes('beta-site: properties.name.en'))).toBe(true);
  });

  // The command itself (not only the function): exits 1, prints the same lines, never a stack trace.
  it.each(['not-utf8', 'story-bad-yaml', 'route-unknown-stop', 'story-mode-bounds-outside', 'quiz-unknown-section'])('data:check reports %s and exits 1', (name) => {
    const repo = join(import.meta.dirname, '../../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/data-check.ts'), join(badRoot, name)], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const expected = readFileSync(join(badRoot, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    for (const e of expected) expect(run.stderr).toContain(e);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
