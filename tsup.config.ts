import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['plugins']>[number];

/**
 * Writes every character outside ASCII as a `\u` escape (esbuild leaves them in regular expressions). Node decodes a
 * module's source as UTF-8 before compiling it, and an all-ASCII file takes half the time: part of the CLI's start-up.
 */
const asciiOnly: Plugin = {
  name: 'ascii-only',
  renderChunk(code) {
    if (!/[^\x00-\x7f]/.test(code)) return;
    return { code: code.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) };
  },
};

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
    // The bin: built for start-up time (DESIGN 8, cold start). Its dependencies are bundled (one minified file to
    // compile instead of many CommonJS ones, jsonc-parser through its ES module build), and each command's code is a
    // chunk of its own under dist/cli/, read only when the command runs (`--version` reads cli.js alone).
    entry: { cli: 'src/node/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    noExternal: [/./],
    minify: true,
    splitting: true,
    // Bundled CommonJS (commander) calls `require` for Node's built-ins; an ES module has none of its own.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cliRequire } from 'node:module';\nconst require = __cliRequire(import.meta.url);" },
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
      options.chunkNames = 'cli/[name]-[hash]';
    },
    plugins: [asciiOnly],
  },
  {
    // The language server: loaded by `connector-certify lsp` from beside the CLI, so neither carries the other.
    entry: { lsp: 'src/node/lsp/index.ts' },
    format: ['esm'],
    target: 'node20',
    // One file: the rule modules it loads for their docs stay inside it instead of becoming hundreds of chunks.
    splitting: false,
  },
]);
