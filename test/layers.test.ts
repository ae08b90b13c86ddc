import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

/**
 * The layers of src/, lowest first: a module may import its own layer and the ones below, never one above.
 * `diff`, `format` and `fix` share a layer (the formatters render diff results); `index.ts` is the browser entry, below node.
 * The language server (`node/lsp/`) sits on top: it reads folders and config files with node's helpers. The CLI starts
 * it through a computed URL of its bundle, which is no import of the module.
 */
const layerOf: Array<[prefix: string, rank: number]> = [
  ['parse/', 0],
  ['generated/', 0],
  ['version.ts', 0],
  ['core/', 1],
  ['rules/', 2],
  ['diff/', 3],
  ['format/', 3],
  ['fix/', 3],
  ['index.ts', 4],
  ['node/lsp/', 6],
  ['node/', 5],
];

function rank(file: string): number {
  const layer = layerOf.find(([prefix]) => file === prefix || file.startsWith(prefix));
  if (!layer) throw new Error(`${file} is in no layer: add its folder to the layer table`);
  return layer[1];
}

/** Relative module specifiers of a TypeScript source: static imports and re-exports, side-effect and dynamic imports. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) found.push(match[1]!);
  return found;
}

/** `from -> to` for every import that goes up a layer; paths relative to src/. */
function upwardImports(files: Record<string, string>): string[] {
  const upward: string[] = [];
  for (const [file, source] of Object.entries(files)) {
    for (const specifier of specifiers(source)) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
      if (rank(target) > rank(file)) upward.push(`${file} -> ${target}`);
    }
  }
  return upward;
}

function sources(dir: string, out: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (/\.ts$/.test(entry.name)) out[relative(join(repoRoot, 'src'), path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return out;
}

describe('layers', () => {
  it('finds an import that goes up a layer, in every form', () => {
    expect(
      upwardImports({
        'parse/json.ts': "import { a } from '../core/pointer.js';\nexport * from '../rules/index.js';",
        'core/catalogue.ts': "import '../rules/index.js';\nconst m = await import('../diff/index.js');",
        'rules/op/x.ts': "import type { A } from '../../core/nodes.js';\nimport { b } from '../shared/text.js';",
        'format/json.ts': "import type { D } from '../diff/index.js';",
      }),
    ).toEqual([
      'parse/json.ts -> core/pointer.ts',
      'parse/json.ts -> rules/index.ts',
      'core/catalogue.ts -> rules/index.ts',
      'core/catalogue.ts -> diff/index.ts',
    ]);
  });

  it('src/ imports nothing from a layer above', () => {
    const files = sources(join(repoRoot, 'src'));
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(upwardImports(files)).toEqual([]);
  });

  it('places every folder of src/ in a layer', () => {
    const top = readdirSync(join(repoRoot, 'src')).filter((name) => !name.endsWith('.d.ts'));
    for (const name of top) expect(() => rank(name.endsWith('.ts') ? name : `${name}/`), name).not.toThrow();
  });
});
