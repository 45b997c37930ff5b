import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules live in eslint.config.js; `npm test` runs the linter, and this proves the rules still bite.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering (domain ← content, map, shared, i18n ← features ← app)', () => {
  it('refuses an import from a higher layer', async () => {
    expect(await problems('src/domain/plan/zz.ts', "export { a } from '../../features/planner/a.ts';\n")).toHaveLength(1);
    expect(await problems('src/domain/plan/zz.ts', "export { a } from '../../map/a.ts';\n")).toHaveLength(1);
    expect(await problems('src/map/zz.ts', "export { a } from '../features/a.ts';\n")).toHaveLength(1);
    expect(await problems('src/shared/zz.ts', "export { a } from '../app/a.ts';\n")).toHaveLength(1);
    expect(await problems('src/features/kiosk/zz.ts', "export { a } from '../../app/map-handle.ts';\n")).toHaveLength(1);
    expect(await problems('scripts/zz.ts', "export { a } from '../src/map/style/theme.ts';\n")).toHaveLength(1);
    expect(await problems('scripts/zz.ts', "export { a } from '../tests/e2e/helper.ts';\n")).toHaveLength(1);
  });

  it('allows imports from the same or a lower layer', async () => {
    expect(await problems('src/features/kiosk/zz.ts', "export { a } from '../../map/map-handle.ts';\n")).toEqual([]);
    expect(await problems('src/features/kiosk/zz.ts', "export { a } from '../planner/a.ts';\n")).toEqual([]);
    expect(await problems('src/app/zz.ts', "export { a } from '../features/a.ts';\n")).toEqual([]);
    expect(await problems('src/map/zz.ts', "export { a } from '../domain/a.ts';\n")).toEqual([]);
    expect(await problems('scripts/zz.ts', "export { a } from '../src/domain/a.ts';\n")).toEqual([]);
  });
});
