import { defineConfig } from 'vitest/config';

// `npm run test:editor`: the language server in a real editor (headless Neovim, `apt-get install neovim`), which a
// contributor's machine may lack, so it is out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/editor/**/*.test.ts'],
    globalSetup: ['test/build-cli.setup.ts'],
    testTimeout: 120_000,
  },
});
