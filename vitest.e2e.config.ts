import { defineConfig } from 'vitest/config';

// Browser tests: each spec launches Debian's Chromium through playwright-core against the built app (dist/).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120000,
    hookTimeout: 120000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
