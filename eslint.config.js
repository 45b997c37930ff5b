import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The app's schemas use zod/mini: classic `zod` bundles every method of every schema (about 15 KB gzip more in the
 * first load), and one import of it anywhere in src/ brings that chunk back. scripts/ and tests/ may use it.
 */
const ZOD_MINI = { name: 'zod', message: "src/ uses zod/mini (import { z } from 'zod/mini'): classic zod is not tree-shakable." };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/basemap/', 'test-results/', 'bench/last-run/', 'dev-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers: domain ← content, map, shared, i18n ← features ← app. A file may import its own layer and those
  // to its left, never one to its right (see README, "Layout").
  layer(['src/domain/**'], ['content', 'map', 'shared', 'i18n', 'features', 'app'], 'the domain is plain TypeScript'),
  layer(['src/content/**', 'src/map/**', 'src/shared/**', 'src/i18n/**'], ['features', 'app'], 'features and the shell sit above'),
  layer(['src/features/**'], ['app'], 'move what features share with the shell to src/shared or src/map'),
  layer(['src/app/**', 'src'], [], 'the shell may import every layer'), // (only the zod/mini rule applies here)
  {
    files: ['scripts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/map/**', '**/src/app/**'], message: 'scripts/ do not import the map layer or the app shell: put what both need in src/domain.' },
            { group: ['**/tests/**'], message: 'scripts/ do not import tests/: put what both need in scripts/lib.' },
          ],
        },
      ],
    },
  },
);

/** An ESLint block forbidding files under `files` to import from the src/ folders named in `above`, or classic zod. */
function layer(files, above, why) {
  return {
    files: files.map((f) => `${f}/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ZOD_MINI],
          patterns: above.map((dir) => ({ group: [`**/${dir}/**`, `../${dir}/**`, `./${dir}/**`], message: `layering: ${why}.` })),
        },
      ],
    },
  };
}
