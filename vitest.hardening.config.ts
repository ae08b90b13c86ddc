import { defineConfig } from 'vitest/config';

// Hostile inputs, property tests (over corpus connectors) and the regex audit: minutes of CPU, so out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/hardening/**/*.test.ts'],
    globalSetup: ['test/corpus/setup.ts', 'test/build-cli.setup.ts'],
    testTimeout: 300_000,
  },
});
