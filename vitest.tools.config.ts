import { defineConfig } from 'vitest/config';

// Runs that need a tool installed for them (`npm run test:sarif`) or a packed install (`npm run test:package`): too
// slow or too heavy for `npm test`; CI runs each.
export default defineConfig({
  test: {
    include: ['test/tools/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
