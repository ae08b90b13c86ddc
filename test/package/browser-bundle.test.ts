import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import * as diff from '../../src/diff/index.js';
import { repoRoot } from '../helpers/fixtures.js';

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** An entry bundled for the browser as a user's bundler would, with the Node built-ins it imports; once per entry. */
const bundles = new Map<string, Promise<{ code: string; imported: string[] }>>();
function bundle(entry: string): Promise<{ code: string; imported: string[] }> {
  if (!bundles.has(entry)) bundles.set(entry, bundleFresh(entry));
  return bundles.get(entry)!;
}

async function bundleFresh(entry: string): Promise<{ code: string; imported: string[] }> {
  const imported: string[] = [];
  const result = await build({
    entryPoints: [join(repoRoot, entry)],
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
  return { code: result.outputFiles[0]!.text, imported };
}

describe.each([
  { name: 'the core entry', entry: 'src/index.ts' },
  { name: 'the diff entry', entry: 'src/diff/index.ts' },
])('$name', ({ entry }) => {
  it('bundles for the browser with no Node built-in, eval or new Function', async () => {
    const { code, imported } = await bundle(entry);
    expect(imported).toEqual([]);
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/new\s+Function\s*\(/);
    // The `docs` of rules and diff checks are for the docs pages and the language server: a docs object whose text is
    // computed at load time (not in a getter) would ship in every browser bundle.
    expect(code).not.toContain('rationale');
  });
});

// The diff is its own entry so that a page that only checks connectors does not ship it (DESIGN 8's budget).
describe('the diff, outside the core entry', () => {
  it('is exported by connector-certify/diff and not by the core entry', () => {
    expect(Object.keys(diff).sort()).toEqual(['defineCheck', 'diffChecks', 'diffConnectors']);
    expect(Object.keys(diff).filter((name) => name in core)).toEqual([]);
  });

  it('does not reach the core entry by another import', async () => {
    const { code } = await bundle('src/index.ts');
    // Every diff check's id is in the diff's bundle; none may be in the core's.
    expect((await bundle('src/diff/index.ts')).code).toContain('bc-operation-deleted');
    expect(code.match(/\bbc-[a-z-]+/g) ?? []).toEqual([]);
  });
});
