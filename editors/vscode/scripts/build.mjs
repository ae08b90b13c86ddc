// Bundles the extension (CommonJS, as VS Code loads it) and the language server from the repository's src/node/lsp (one ESM
// file with every dependency inside), so the .vsix runs without node_modules.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none', minify: true };

await build({
  ...common,
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(here, 'dist', 'extension.js'),
  format: 'cjs',
  external: ['vscode'],
});

await build({
  ...common,
  entryPoints: [join(here, '..', '..', 'src', 'node', 'lsp', 'index.ts')],
  outfile: join(here, 'dist', 'server.mjs'),
  format: 'esm',
  // jsonc-parser's `main` is a UMD build whose require() calls a bundler cannot follow; its `module` build is plain ESM.
  mainFields: ['module', 'main'],
  // The server's CommonJS dependencies (vscode-languageserver) call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
