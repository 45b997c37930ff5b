import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Both cores: vitest's default leaves one idle on a 2-core machine (CPUs − 1), and the unit files are
    // independent (every file that writes does so in its own temporary folder). 126 s → 91 s on the CI machine's size.
    maxWorkers: 2,
    // The CLI tests spawn tsx processes, which take longer when the other worker is busy too.
    testTimeout: 30000,
  },
});
