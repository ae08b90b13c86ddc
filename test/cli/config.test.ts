import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';
import { globMatch } from '../../src/node/glob.js';
import { editDistance } from '../../src/parse/suggest.js';
import { repoRoot } from '../helpers/fixtures.js';
import { runMain } from './run.js';
import { tempDir, writeJson } from './temp.js';

const failingExample = join(repoRoot, 'examples', 'failing');
const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'connector-certify.config.schema.json'), 'utf8'));
const validateSchema = new Ajv({ strict: false }).compile(schema);

interface Doc {
  results: Array<{ folder: string; findings: Array<{ ruleId: string; file: string; pointer: string }> }>;
}
const json = async (argv: string[]) => {
  const run = await runMain([...argv, '--format', 'json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Doc;
};

/** A temp tree with two copies of the failing example, and what they report without a config. */
let root: string;
let target: { ruleId: string; file: string; pointer: string };
beforeAll(async () => {
  root = tempDir();
  cpSync(failingExample, join(root, 'connectors', 'legacy', 'Old'), { recursive: true });
  cpSync(failingExample, join(root, 'connectors', 'New'), { recursive: true });
  const doc = await json(['check', join(root, 'connectors'), '--recursive']);
  target = doc.results[0]!.findings[0]!;
  expect(target, 'the failing example reports something').toBeDefined();
});

const configure = (config: unknown) => {
  writeJson(join(root, 'connector-certify.config.json'), config);
  expect(validateSchema(config), JSON.stringify(validateSchema.errors)).toBe(true);
};

describe('config file', () => {
  it('is found upward from the first folder, and turns a rule off', async () => {
    configure({ rules: { [target.ruleId]: 'off' } });
    const doc = await json(['check', join(root, 'connectors'), '--recursive']);
    expect(doc.results.flatMap((r) => r.findings).some((f) => f.ruleId === target.ruleId)).toBe(false);
  });

  it('applies overrides to the folders their globs match', async () => {
    configure({ overrides: [{ folders: 'connectors/legacy/**', rules: { [target.ruleId]: 'off' } }] });
    const doc = await json(['check', join(root, 'connectors'), '--recursive']);
    const fired = doc.results.map((r) => r.findings.some((f) => f.ruleId === target.ruleId));
    expect(doc.results.map((r) => r.folder.slice(root.length))).toEqual(['/connectors/legacy/Old', '/connectors/New'].sort());
    expect(fired).toEqual(doc.results.map((r) => !r.folder.includes('legacy')));
  });

  it('ignores findings by rule id, file and pointer', async () => {
    configure({ ignores: [{ ruleId: target.ruleId, file: target.file, pointer: target.pointer, folders: ['connectors/New'] }] });
    const doc = await json(['check', join(root, 'connectors'), '--recursive']);
    const has = (folder: string) =>
      doc.results.find((r) => r.folder.endsWith(folder))!.findings.some((f) => f.ruleId === target.ruleId && f.pointer === target.pointer);
    expect(has('New')).toBe(false);
    expect(has('Old')).toBe(true);
  });

  it('lets --rule win over the config, and reads --config from anywhere', async () => {
    configure({ rules: { [target.ruleId]: 'off' } });
    const other = join(tempDir(), 'settings.json');
    writeJson(other, {});
    const doc = await json(['check', join(root, 'connectors', 'New'), '--config', other]);
    expect(doc.results[0]!.findings.some((f) => f.ruleId === target.ruleId)).toBe(true);
    const forced = await json(['check', join(root, 'connectors', 'New'), '--rule', `${target.ruleId}=error`]);
    expect(forced.results[0]!.findings.some((f) => f.ruleId === target.ruleId)).toBe(true);
  });

  const errors: Array<[string, unknown, RegExp]> = [
    ['an unknown key', { rule: {} }, /: unknown key 'rule'; did you mean 'rules'\? Allowed: \$schema, profile, rules, overrides, ignores\.$/],
    ['an unknown rule id', { rules: { [rules[0]!.id.slice(1)]: 'off' } }, new RegExp(`/rules: unknown rule '${rules[0]!.id.slice(1)}'; did you mean '${rules[0]!.id}'\\?$`)],
    ['an unknown severity', { rules: { [rules[0]!.id]: 'eror' } }, /severity 'eror'; did you mean 'error'\? Use one of error, warning, info, off\.$/],
    ['an unknown profile', { profile: 'certifed' }, /\/profile: unknown profile 'certifed'; did you mean 'certified'\?/],
    ['an unknown key in an override', { overrides: [{ folder: 'x' }] }, /\/overrides\/0: unknown key 'folder'; did you mean 'folders'\?/],
    ['an override without folders', { overrides: [{ rules: {} }] }, /\/overrides\/0: needs 'folders'/],
    ['an ignore without a rule', { ignores: [{ file: 'a' }] }, /\/ignores\/0: needs 'ruleId'/],
    ['a pointer without a slash', { ignores: [{ ruleId: rules[0]!.id, pointer: 'paths' }] }, /a JSON pointer starts with '\/'/],
    ['a name far from any', { zzzzzzzz: 1 }, /unknown key 'zzzzzzzz'\. Allowed/],
  ];
  for (const [what, config, message] of errors) {
    it(`rejects ${what} with exit code 2, one line, and the schema agrees`, async () => {
      writeJson(join(root, 'connector-certify.config.json'), config);
      const run = await runMain(['check', join(root, 'connectors', 'New')]);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr.trimEnd()).toMatch(message);
      if (what !== 'an unknown rule id' && what !== 'an unknown severity') expect(validateSchema(config)).toBe(false);
    });
  }

  it('rejects a config that is not JSON', async () => {
    writeFileSync(join(root, 'connector-certify.config.json'), '{ "rules": ');
    const run = await runMain(['check', join(root, 'connectors', 'New')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/connector-certify\.config\.json: not valid JSON/);
  });
});

describe('glob and suggestions', () => {
  it('matches *, ? and ** by segments', () => {
    expect(globMatch('connectors/*', 'connectors/A')).toBe(true);
    expect(globMatch('connectors/*', 'connectors/A/B')).toBe(false);
    expect(globMatch('connectors/**', 'connectors')).toBe(true);
    expect(globMatch('**/legacy/**', 'x/y/legacy/z')).toBe(true);
    expect(globMatch('a?c', 'abc')).toBe(true);
    expect(globMatch('a?c', 'a/c')).toBe(false);
    expect(globMatch('*Bot*', 'SlackBotV2')).toBe(true);
    expect(globMatch('./a/b/', 'a/b')).toBe(true);
  });

  it('stays fast on patterns that make backtracking matchers explode', () => {
    const started = performance.now();
    expect(globMatch(`${'*a'.repeat(30)}b`, 'a'.repeat(5000))).toBe(false);
    expect(globMatch(`${'**/'.repeat(30)}x`, `${'a/'.repeat(500)}y`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('measures edit distance with transpositions', () => {
    expect(editDistance('rules', 'rule')).toBe(1);
    expect(editDistance('eror', 'error')).toBe(1);
    expect(editDistance('porfile', 'profile')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
