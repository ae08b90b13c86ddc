import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
  },
  {
    entry: { cli: 'src/node/cli.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The language server: loaded by `connector-certify lsp` from beside the CLI, so neither carries the other.
    entry: { lsp: 'src/lsp/index.ts' },
    format: ['esm'],
    target: 'node20',
    // One file: the rule modules it loads for their docs stay inside it instead of becoming hundreds of chunks.
    splitting: false,
  },
]);
