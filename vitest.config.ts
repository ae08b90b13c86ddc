import { defineConfig } from 'vitest/config';

// `npm test`: everything that runs on a clone alone, in under a minute. The corpus, hardening and browser suites have
// their own configs and scripts.
const heavier = ['test/corpus/**', 'test/hardening/**', 'test/browser/**', 'test/tools/**', 'test/editor/**', 'node_modules/**'];
// Files that replace modules with vi.mock need a module registry of their own; every other file shares one, which
// halves the suite's time (each isolated file imported the rules again: 20 s of the 56 s).
const mocking = ['test/cli/recursive-unreadable.test.ts'];

export default defineConfig({
  test: {
    pool: 'threads',
    globalSetup: ['test/build-cli.setup.ts'],
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...heavier, ...mocking], isolate: false } },
      { extends: true, test: { name: 'isolated', include: mocking } },
    ],
  },
});
