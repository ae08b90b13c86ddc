import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';

describe('the core entry', () => {
  it('bundles for the browser with no Node built-in, eval or new Function', async () => {
    const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const imported: string[] = [];
    const result = await build({
      entryPoints: [join(repoRoot, 'src/index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      minify: true,
      logLevel: 'silent',
      plugins: [
        {
          name: 'record-node-builtins',
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              if (nodeBuiltins.has(args.path)) imported.push(`${args.path} (from ${args.importer})`);
              return undefined;
            });
          },
        },
      ],
    });
    expect(imported).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/new\s+Function\s*\(/);
    // The `docs` of rules and diff checks are for the docs pages and the language server: a docs object whose text is
    // computed at load time (not in a getter) would ship in every browser bundle.
    expect(code).not.toContain('rationale');
  });
});
