import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { deferModules } from '../scripts/defer-modules.js';
import { repoRoot } from './helpers/fixtures.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cliBundle: string;
    lspBundle: string;
  }
}

/**
 * Bundles the bin entry, its commands and the language server from the current sources once per run (as tsup does,
 * dependencies left to node_modules), laid out as in dist/ (the CLI's `lsp` command loads `lsp.js` beside it), for
 * the tests that run them as their own processes: never a stale dist/, and one build instead of one per test file.
 */
export default async function setup(project: TestProject) {
  const dir = join(repoRoot, 'test-artifacts', `bundles-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const bundle = async (entry: string, name: string, format: 'esm' | 'cjs', wrapper = false) => {
    const file = join(dir, name);
    // A CommonJS script has no `import.meta.url`: it is made from the file's path, as tsup's shim does. The commands
    // are written inside the function that Node's loader would wrap them in, as tsup.config.ts writes them.
    const shim = 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;';
    const cjs = format === 'cjs' && {
      banner: { js: wrapper ? `(function (exports, require, module, __filename, __dirname) {\n${shim}` : shim },
      footer: { js: wrapper ? '})' : '' },
      define: { 'import.meta.url': '__importMetaUrl' },
    };
    // The commands defer the modules a small check does not need, as in dist/ (the start-up tests look at that).
    const plugins = wrapper ? [deferModules] : [];
    await build({ entryPoints: [join(repoRoot, entry)], outfile: file, bundle: true, platform: 'node', format, packages: 'external', logLevel: 'error', plugins, ...cjs });
    return file;
  };
  // The bin and, beside it as in dist/, the commands: CommonJS scripts; the commands run through the code cache.
  const [, cli, lsp] = await Promise.all([
    bundle('src/node/commands.ts', join('cli', 'commands.cjs'), 'cjs', true),
    bundle('src/node/cli.ts', 'cli.cjs', 'cjs'),
    bundle('src/node/lsp/index.ts', 'lsp.js', 'esm'),
  ]);
  project.provide('cliBundle', cli);
  project.provide('lspBundle', lsp);
  return () => rmSync(dir, { recursive: true, force: true });
}
