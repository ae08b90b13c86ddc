import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';

/**
 * The package as a user gets it: `npm pack` (which runs `prepare`, the build, as a git install does), installed into
 * an empty project, then the bin, the entries from ESM and CommonJS, and their types from TypeScript projects of
 * each module kind.
 */
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
const example = join(repoRoot, 'examples/passing');
let project: string;

function run(command: string, args: string[]) {
  return spawnSync(command, args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'cc-package-'));
  const packed = join(project, 'packed');
  mkdirSync(packed);
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packed], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(packed, readdirSync(packed)[0]!);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the packed package, installed', () => {
  it('ships the build and nothing of the sources or tests', () => {
    const files = readdirSync(join(project, 'node_modules/connector-certify'), { recursive: true }).map(String);
    expect(files).toEqual(
      expect.arrayContaining(['dist/cli.cjs', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.cts', 'dist/diff.js', 'dist/diff.cjs', 'dist/diff.d.cts', 'dist/node.d.cts']),
    );
    expect(files.filter((file) => /^(src|test|node_modules)\b/.test(file))).toEqual([]);
  });

  it('runs its bin', () => {
    expect(run('npx', ['--no-install', 'connector-certify', '--version']).stdout.trim()).toContain(version);
    const check = run('npx', ['--no-install', 'connector-certify', 'check', example, '--format', 'json']);
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ tool: { name: 'connector-certify', version } });
  });

  // The diff runs from its own entry; the core entry must not carry it (its bundle budget, DESIGN 8).
  const script = (load: string, core: string) => `${load}
const input = await loadConnector(${JSON.stringify(example)});
const result = validateConnector(input);
const { breaking, changes } = diffConnectors(input, { apiDefinition: { swagger: '2.0', info: { title: 'Gone', version: '2.0' }, paths: {} } });
console.log(JSON.stringify({ ok: result.ok, rules: rules.length > 200, breaking, deleted: changes.some((change) => change.ruleId === 'bc-operation-deleted'), coreDiff: 'diffConnectors' in ${core}, sameError: sameError() }));
// Each CommonJS entry has its own copy of the error class; \`instanceof\` must hold across them.
function sameError() {
  try {
    diffConnectors(input, input, { level: 'loud' });
  } catch (error) {
    return error instanceof ${core}.InvalidArgumentError;
  }
}`;
  const expected = { ok: true, rules: true, breaking: true, deleted: true, coreDiff: false, sameError: true };

  it('imports the entries from ESM', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      script(
        "import * as core from 'connector-certify';\nimport { rules, validateConnector } from 'connector-certify';\nimport { diffConnectors } from 'connector-certify/diff';\nimport { loadConnector } from 'connector-certify/node';",
        'core',
      ),
    );
    const result = run(process.execPath, ['esm.mjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('requires the entries from CommonJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `(async () => {\n${script(
        "const { rules, validateConnector } = require('connector-certify');\nconst { diffConnectors } = require('connector-certify/diff');\nconst { loadConnector } = require('connector-certify/node');",
        "require('connector-certify')",
      )}\n})();`,
    );
    const result = run(process.execPath, ['cjs.cjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  // Each TypeScript module setting resolves the package its own way: node16 from ESM and from CommonJS (where ESM
  // types for a CommonJS file would be an error), node10 (no `exports`, so `typesVersions`), and bundler.
  const typescriptSetups = [
    { name: 'an ESM project (node16)', file: 'esm.mts', options: ['--module', 'node16', '--moduleResolution', 'node16'] },
    { name: 'a CommonJS project (node16)', file: 'cjs.cts', options: ['--module', 'node16', '--moduleResolution', 'node16'] },
    { name: 'a CommonJS project (node10)', file: 'node10.ts', options: ['--module', 'commonjs', '--moduleResolution', 'node10'] },
    { name: 'a bundler project', file: 'bundler.ts', options: ['--module', 'esnext', '--moduleResolution', 'bundler'] },
  ];
  for (const { name, file, options } of typescriptSetups) {
    it(`type-checks a consumer in ${name}`, () => {
      const source = `import { diffReport, validateConnector, type DiffResult, type ValidationResult } from 'connector-certify';
import { diffConnectors, type DiffOptions } from 'connector-certify/diff';
import { loadConnector } from 'connector-certify/node';
export async function check(folder: string): Promise<ValidationResult> {
  return validateConnector(await loadConnector(folder), { profile: 'certified' });
}
export async function compare(base: string, revision: string, options: DiffOptions): Promise<boolean> {
  // The core entry's DiffResult is the type the diff entry returns.
  const result: DiffResult = diffConnectors(await loadConnector(base), await loadConnector(revision), options);
  return diffReport(result).breaking;
}
// @ts-expect-error: the profile is checked by the compiler
validateConnector({}, { profile: 'certifed' });
`;
      writeFileSync(join(project, file), source);
      const result = run(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--typeRoots', join(repoRoot, 'node_modules/@types'), '--types', 'node', ...options, file]);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  }
});
