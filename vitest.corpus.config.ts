import { defineConfig } from 'vitest/config';

// Needs ../shared (or CONNECTOR_CORPUS): the merged connectors and the rules catalogue.
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    globalSetup: ['test/corpus/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
