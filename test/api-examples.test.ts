import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as diff from '../src/diff/index.js';
import * as node from '../src/node/index.js';
import { repoRoot } from './helpers/fixtures.js';

/** Every TypeScript source of src/, by path. */
function sources(dir = join(repoRoot, 'src'), out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (entry.name.endsWith('.ts')) out.set(path, readFileSync(path, 'utf8'));
  }
  return out;
}

/** The `@example` code blocks of the doc comment right above `export function <name>`, wherever it is declared. */
function examplesOf(name: string, files: Map<string, string>): string[] {
  for (const text of files.values()) {
    const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\n export (?:async )?function ${name}\\b`.replace(' export', 'export')).exec(text);
    if (!match) continue;
    const comment = match[1]!.replace(/^[ \t]*\* ?/gm, '');
    return [...comment.matchAll(/@example\s*```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  }
  return [];
}

const isFunction = (value: unknown) => typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value));
const exported = [
  ...Object.entries(core).filter(([, value]) => isFunction(value)).map(([name]) => name),
  ...Object.entries(diff).filter(([, value]) => isFunction(value)).map(([name]) => name),
  ...Object.entries(node).filter(([, value]) => isFunction(value)).map(([name]) => name),
].sort();
const files = sources();

/** Examples run against the sources: the package's specifiers point at the entry files. */
const scratch = join(repoRoot, 'test-artifacts', `api-examples-${process.pid}`);
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const entries: Record<string, string> = {
  'connector-certify': join(repoRoot, 'src/index.ts'),
  'connector-certify/diff': join(repoRoot, 'src/diff/index.ts'),
  'connector-certify/node': join(repoRoot, 'src/node/index.ts'),
};

describe('the API reference examples', () => {
  it('cover every exported function of the entries', () => {
    expect(exported.length).toBeGreaterThanOrEqual(20);
    expect(exported.filter((name) => examplesOf(name, files).length === 0)).toEqual([]);
  });

  for (const name of exported) {
    it(`${name}: its example runs`, async () => {
      for (const [index, code] of examplesOf(name, files).entries()) {
        const imports = [...code.matchAll(/from '([^']+)'/g)].map((m) => m[1]!).filter((spec) => !spec.startsWith('node:'));
        expect(imports.every((spec) => spec in entries), `${name} imports only the package's entries`).toBe(true);
        const file = join(scratch, `${name}-${index}.ts`);
        writeFileSync(file, code.replace(/from '(connector-certify(?:\/diff|\/node)?)'/g, (_, spec: string) => `from ${JSON.stringify(entries[spec])}`));
        const logged: unknown[][] = [];
        const log = console.log;
        console.log = (...args: unknown[]) => void logged.push(args);
        try {
          await import(/* @vite-ignore */ file);
        } finally {
          console.log = log;
        }
        expect(logged.length, `${name}: the example prints what it shows`).toBeGreaterThan(0);
      }
    });
  }
});

describe('the API reference', () => {
  it('names its modules after the package entries and opens with the README', () => {
    const { exports } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const moduleOf = (file: string) => /@module (\S+)/.exec(readFileSync(join(repoRoot, file), 'utf8'))?.[1];
    expect([moduleOf('src/index.ts'), moduleOf('src/diff/index.ts'), moduleOf('src/node/index.ts')]).toEqual(
      Object.keys(exports).filter((key) => key !== './package.json').map((key) => key.replace(/^\./, 'connector-certify')),
    );
    expect(JSON.parse(readFileSync(join(repoRoot, 'typedoc.json'), 'utf8')).readme).toBe('README.md');
  });
});
