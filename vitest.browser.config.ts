import { defineConfig } from 'vitest/config';

// The playground in Chromium: builds it, serves it and drives /usr/bin/chromium (see test/browser/).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
