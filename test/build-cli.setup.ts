import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { TestProject } from 'vitest/node';
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
export default function setup(project: TestProject) {
  const dir = join(repoRoot, 'test-artifacts', `bundles-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const bundle = (entry: string, name: string) => {
    const file = join(dir, name);
    buildSync({ entryPoints: [join(repoRoot, entry)], outfile: file, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
    return file;
  };
  // The commands, beside the bin as in dist/: one CommonJS script, which the bin runs through the code cache.
  buildSync({
    entryPoints: [join(repoRoot, 'src/node/commands.ts')],
    outfile: join(dir, 'cli', 'commands.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__importMetaUrl' },
    logLevel: 'error',
  });
  project.provide('cliBundle', bundle('src/node/cli.ts', 'cli.js'));
  project.provide('lspBundle', bundle('src/node/lsp/index.ts', 'lsp.js'));
  return () => rmSync(dir, { recursive: true, force: true });
}
