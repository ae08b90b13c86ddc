import { defineConfig, type Options } from 'tsup';
import { deferModules, lazyIndentation } from './scripts/defer-modules.js';

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
    entry: { index: 'src/index.ts', diff: 'src/diff/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
  },
  {
    // The bin: built for start-up time (DESIGN 8, cold start). It is one small CommonJS script (an ES module entry
    // would start Node's ES module loader) that answers `--version` itself; the commands are the bundle below, loaded
    // only when one runs. `import.meta.url` is shimmed from the file's path.
    entry: { cli: 'src/node/cli.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    minify: true,
    shims: true,
    banner: { js: '#!/usr/bin/env node' },
    plugins: [asciiOnly],
  },
  {
    // The commands: one CommonJS script with its dependencies bundled (commander, jsonc-parser through its ES module
    // build), which the bin compiles through V8's code cache (src/node/code-cache.ts): Node 20 caches no ES module.
    // Written in ASCII only; `import.meta.url` (the language server's place) is shimmed from the file's path.
    entry: { 'cli/commands': 'src/node/commands.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    noExternal: [/./],
    minify: true,
    shims: true,
    // The file is the function Node's own loader would wrap a CommonJS module in: the bin compiles it as read (code-cache.ts).
    banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
    footer: { js: '})' },
    // tsup's own handling of `node:` would come before the plugin and keep the deferred built-ins from it.
    removeNodeProtocol: false,
    esbuildPlugins: [deferModules, lazyIndentation],
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
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
