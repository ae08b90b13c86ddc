import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { repoRoot } from './helpers/fixtures.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cliBundle: string;
  }
}

/**
 * Bundles the bin entry from the current sources once per run (as tsup does, dependencies left to node_modules), for
 * the tests that run the CLI as its own process: never a stale dist/, and one build instead of one per test file.
 */
export default function setup(project: TestProject) {
  const dir = join(repoRoot, 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `cli-${process.pid}.mjs`);
  buildSync({ entryPoints: [join(repoRoot, 'src/node/cli.ts')], outfile: file, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
  project.provide('cliBundle', file);
  return () => rmSync(file, { force: true });
}
