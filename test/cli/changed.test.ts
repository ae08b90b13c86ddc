import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConnector, validateConnector } from '../../src/index.js';
import type { Finding } from '../../src/core/types.js';
import { runMain } from './run.js';
import { copyExample, passingExample, tempDir } from './temp.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

const swaggerOf = (folder: string) => join(folder, 'apiDefinition.swagger.json');
const key = (f: Finding) => `${f.ruleId} ${f.file} ${f.pointer}`;
const findingsOf = (stdout: string) => (JSON.parse(stdout) as { results: Array<{ folder: string; findings: Finding[] }> }).results;

/** A scratch repository: two connectors committed, then one operation of one of them changed and committed. */
let repo: string;
let changed: string;
let oldText: string;
beforeAll(() => {
  repo = tempDir('cc-git-');
  git(repo, 'init', '-q', '-b', 'main');
  changed = copyExample(repo, 'connectors/Tidewatch');
  copyExample(repo, 'connectors/Untouched');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'add connectors');
  oldText = readFileSync(swaggerOf(changed), 'utf8');
  const swagger = JSON.parse(oldText);
  const operation = swagger.paths['/stations'].get;
  operation.summary = 'TODO';
  delete operation.description;
  delete operation.parameters[0]['x-ms-summary'];
  writeFileSync(swaggerOf(changed), JSON.stringify(swagger, null, 2));
  git(repo, 'commit', '-q', '-am', 'change ListStations');
});

/** What the change introduced, by the library: findings now whose rule, file and pointer were not there before. */
function introduced(): Finding[] {
  const files = (swagger: string) => ({
    'apiDefinition.swagger.json': swagger,
    'apiProperties.json': readFileSync(join(passingExample, 'apiProperties.json'), 'utf8'),
    'readme.md': readFileSync(join(passingExample, 'readme.md'), 'utf8'),
  });
  const before = new Set(validateConnector(parseConnector(files(oldText))).findings.map(key));
  return validateConnector(parseConnector(files(readFileSync(swaggerOf(changed), 'utf8')))).findings.filter((f) => !before.has(key(f)));
}

describe('--changed-since and --new-only', () => {
  it('checks only the connector folders changed since the revision', async () => {
    const run = await runMain(['check', join(repo, 'connectors'), '--recursive', '--changed-since', 'HEAD~1', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(findingsOf(run.stdout).map((r) => r.folder)).toEqual([changed]);
  });

  it('with --new-only, reports exactly what the change introduced', async () => {
    const expected = introduced();
    expect(expected.length, 'the edit introduces findings').toBeGreaterThan(0);
    const run = await runMain(['check', join(repo, 'connectors'), '--recursive', '--changed-since', 'HEAD~1', '--new-only', '--format', 'json']);
    const [result] = findingsOf(run.stdout);
    expect(result!.findings.map(key).sort()).toEqual(expected.map(key).sort());
    expect(result!.findings.some((f) => f.pointer.startsWith('/paths/~1stations/get'))).toBe(true);
    const all = findingsOf((await runMain(['check', changed, '--format', 'json'])).stdout)[0]!.findings;
    expect(result!.findings.length).toBeLessThanOrEqual(all.length);
  });

  it('counts uncommitted and untracked folders as changed, and a new folder has everything new', async () => {
    const fresh = copyExample(repo, 'connectors/Fresh');
    try {
      const run = await runMain(['check', join(repo, 'connectors'), '--recursive', '--changed-since', 'HEAD', '--new-only', '--format', 'json']);
      const results = findingsOf(run.stdout);
      expect(results.map((r) => r.folder)).toEqual([fresh]);
      const plain = findingsOf((await runMain(['check', fresh, '--format', 'json'])).stdout)[0]!;
      expect(results[0]!.findings).toEqual(plain.findings);
    } finally {
      execFileSync('rm', ['-rf', fresh]);
    }
  });

  it('refuses --new-only alone, an unknown revision, and a folder outside git, in one line', async () => {
    const alone = await runMain(['check', changed, '--new-only']);
    expect(alone).toMatchObject({ code: 2, stderr: 'connector-certify: --new-only needs --changed-since <git-rev>.\n' });
    const unknown = await runMain(['check', changed, '--changed-since', 'no-such-rev']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^connector-certify: 'no-such-rev' is not a commit in the repository at '.*'\.\n$/);
    const outside = await runMain(['check', copyExample(tempDir(), 'X'), '--changed-since', 'HEAD']);
    expect(outside.code).toBe(2);
    expect(outside.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(outside.stderr).toMatch(/^connector-certify: git rev-parse failed in '.*': fatal: not a git repository/);
  });
});
