import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives Debian's Chromium against the production build served by
// scripts/serve.mjs under a sub-path (as a newsroom would host it).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one browser at a time per file keeps timings sane on shared machines.
    fileParallelism: false,
  },
});
