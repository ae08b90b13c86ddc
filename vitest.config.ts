import { defineConfig } from 'vitest/config';

// `npm test`: everything that runs on a clone alone, in under a minute. The corpus, hardening and browser suites have
// their own configs and scripts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', 'test/hardening/**', 'test/browser/**', 'test/tools/**', 'node_modules/**'],
    pool: 'threads',
    globalSetup: ['test/build-cli.setup.ts'],
  },
});
